// Placeholder until the public build lands (issue "The public risk map"): keeps `npm run test:e2e` runnable.
console.log('build:public: not built yet');
