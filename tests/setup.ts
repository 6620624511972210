// Shared test setup. flatgeobuf's HTTP reader logs every range request with console.debug.
console.debug = () => {};
