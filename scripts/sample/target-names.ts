import type { Rng } from './prng';

/** Where a target sits: it decides the name pattern and the size (town schools are smaller than city ones). */
export type Setting = 'seat' | 'town' | 'village';

export const CATEGORIES = [
  '学校',
  '幼儿园',
  '医院',
  '养老院',
  '居民区',
  '商场',
  '体育场馆',
  '文物保护单位',
  '党政机关',
  '办公楼',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_WEIGHTS: Record<Setting, readonly number[]> = {
  // 学校 幼儿园 医院 养老院 居民区 商场 体育场馆 文物 党政 办公楼
  seat: [0.14, 0.1, 0.06, 0.05, 0.32, 0.07, 0.03, 0.04, 0.08, 0.11],
  town: [0.18, 0.12, 0.1, 0.1, 0.35, 0.03, 0, 0.04, 0.08, 0],
  village: [0.12, 0.08, 0, 0.08, 0.6, 0, 0, 0, 0, 0.12],
};

const RES = [
  '金域',
  '湖畔',
  '东方',
  '翰林',
  '阳光',
  '锦绣',
  '洞庭',
  '紫荆',
  '书香',
  '滨湖',
  '怡景',
  '龙湾',
  '翠竹',
  '枫林',
  '学府',
  '华庭',
  '天伦',
  '康乐',
  '和园',
  '新城',
  '望湖',
  '梧桐',
  '桂花',
  '芙蓉',
  '岳州',
  '江南',
  '银杏',
  '石榴',
];
const RES_SUFFIX = ['小区', '花园', '家园', '苑', '新村'];
const KG = ['阳光', '启明', '蓝天', '童心', '小太阳', '育才', '机关', '实验', '七彩', '贝贝', '春芽', '金苹果'];
const ELDER = ['颐和', '福寿', '康乐', '夕阳红', '松鹤', '安康', '颐养', '长青'];
const MALL = ['万汇', '佳和', '新天地', '金三角', '时代', '鑫隆', '福田', '兴业', '百顺'];
const RELIC = ['文昌', '白鹤', '慈云', '魁星', '龙王', '万寿', '观音', '圣安', '永济', '青云'];
const OFFICE = ['金融', '科技', '电力', '邮电', '建设', '商会', '国贸', '财富', '创业', '信息'];
const BUREAUS = [
  '人民政府',
  '应急管理局',
  '人民法院',
  '公安局',
  '教育局',
  '市场监督管理局',
  '自然资源局',
  '住房和城乡建设局',
];
export const VILLAGES = [
  '新屋',
  '塘坳',
  '枫树',
  '石桥',
  '竹山',
  '陈家',
  '李家',
  '中洞',
  '上坪',
  '河口',
  '荷塘',
  '白沙',
  '杨林',
  '黄泥',
  '长湖',
  '檀树',
  '桥头',
  '松柏',
];

export interface Target {
  name: string;
  people: number;
  dwellings: number | null;
}

/**
 * Name and size of one target. `county` is the full county name, `place` its short form or the town name.
 * Sizes follow the GB 36894 bands loosely so all classes (高敏感 … 一般三类) appear.
 */
export function makeTarget(rng: Rng, cat: Category, setting: Setting, county: string, place: string): Target {
  const n = (a: number, b: number) => rng.int(a, b);
  const village = `${rng.pick(VILLAGES)}村`;
  const one = (name: string, people: number, dwellings: number | null = null): Target => ({ name, people, dwellings });
  switch (cat) {
    case '学校':
      if (setting === 'village') return one(`${village}小学`, n(40, 220));
      if (setting === 'town')
        return rng.chance(0.5)
          ? one(`${place}中学`, n(500, 1500))
          : one(`${place}${rng.pick(['中心', village])}小学`, n(120, 1200));
      return rng.pick([
        () => one(`${place}市第${n(1, 15)}中学`, n(900, 3200)),
        () => one(`${place}${rng.pick(RES)}小学`, n(300, 2200)),
        () => one(`${place}职业中专学校`, n(1200, 4000)),
      ])();
    case '幼儿园':
      if (setting === 'village') return one(`${village}幼儿园`, n(25, 90));
      if (setting === 'town' && rng.chance(0.5)) return one(`${place}中心幼儿园`, n(60, 300));
      return one(`${place}${rng.pick(KG)}幼儿园`, n(60, 450));
    case '医院':
      if (setting === 'town') return one(`${place}卫生院`, n(40, 160));
      return rng.pick([
        () => one(`${county}人民医院`, n(900, 2600)),
        () => one(`${county}中医医院`, n(400, 1300)),
        () => one(`${county}妇幼保健院`, n(200, 700)),
        () => one(`${place}${rng.pick(RES)}社区卫生服务中心`, n(30, 120)),
        () => one(`${place}${rng.pick(['仁和', '康复', '博爱', '同济'])}医院`, n(80, 400)),
      ])();
    case '养老院':
      if (setting === 'village') return one(`${village}幸福院`, n(12, 40));
      if (setting === 'town') return one(`${place}敬老院`, n(20, 90));
      return one(`${place}${rng.pick(ELDER)}养老院`, n(40, 320));
    case '居民区': {
      const [h0, h1] = setting === 'seat' ? [120, 2400] : setting === 'town' ? [6, 900] : [4, 60];
      const households = n(h0, h1);
      const people = Math.round(households * rng.range(2.5, 3.2));
      if (setting === 'seat') return one(`${rng.pick(RES)}${rng.pick(RES_SUFFIX)}`, people, households);
      if (households < 80) return one(`${setting === 'town' ? place : ''}${village}${n(1, 12)}组`, people, households);
      return one(`${place}${rng.pick(RES)}社区`, people, households);
    }
    case '商场':
      if (setting === 'town') return one(`${place}农贸市场`, n(80, 600));
      return one(`${place}${rng.pick(MALL)}${rng.pick(['购物中心', '商贸城', '超市', '广场'])}`, n(150, 4000));
    case '体育场馆':
      return rng.chance(0.5) ? one(`${county}体育馆`, n(1500, 6000)) : one(`${place}全民健身中心`, n(300, 2000));
    case '文物保护单位':
      return one(`${place}${rng.pick(RELIC)}${rng.pick(['塔', '祠', '书院', '古民居', '庙'])}`, n(10, 600));
    case '党政机关':
      // a 街道 has an 办事处, a 镇/乡 a 人民政府
      if (setting === 'town') return one(`${place}${place.endsWith('街道') ? '办事处' : '人民政府'}`, n(30, 120));
      return one(`${county}${rng.pick(BUREAUS)}`, n(60, 600));
    case '办公楼':
      if (setting === 'village')
        return one(`${village}${rng.pick(['村委会', '物流园办公楼', '建材厂办公楼'])}`, n(8, 60));
      return one(`${place}${rng.pick(OFFICE)}${rng.pick(['大厦', '商务楼', '综合楼'])}`, n(15, 1500));
  }
}
