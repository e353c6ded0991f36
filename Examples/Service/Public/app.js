// AIYearbook web explorer: plain JavaScript over the service's JSON API.
//
// Every string from the data is inserted as text (textContent, createTextNode,
// setAttribute on non-executable attributes); nothing from the data is ever
// parsed as HTML. Links are made only for http(s) URLs. The page runs under a
// Content-Security-Policy that allows scripts from this origin only.
'use strict';

// ---------------------------------------------------------------------------
// Text in two languages

const I18N = {
  zh: {
    title: 'AI 年鉴',
    subtitle: '2024–2025 人工智能：每个数字都有出处',
    searchPlaceholder: '搜索事件、机构、数字……（如 unicorn、DeepSeek、独角兽）',
    searchLabel: '搜索',
    tabTimeline: '时间线', tabFunding: '融资', tabRegulations: '法规政策', tabStatistics: '统计', tabConflicts: '来源分歧',
    timelineTitle: '事件时间线',
    timelineLede: '五份报告记录的发布、合作、研究与事件。点击任意条目查看原文引文。',
    month: '月份', category: '类别', organization: '机构', tag: '标签', clear: '清除', all: '全部',
    events: n => `${n} 个事件`,
    fundingTitle: '融资（按季度）',
    fundingLede: '已披露金额按季度汇总，按欧洲央行年均汇率换算。只精确到年或半年的金额、未注明日期的金额以及无法计入的金额单独列出，不会被猜测归入某个季度。',
    currency: '币种',
    chartCaption: (n, c) => `${n} 个季度，以 ${c} 计。点击柱形查看该季度的交易。`,
    coarse: '只精确到年或半年', undated: '未注明日期', excluded: '未计入总额', ratesUsed: '所用汇率',
    noneListed: '无',
    amountsSummed: n => `${n} 笔金额`,
    quarterDeals: q => `${q} 的交易`,
    reason: { noAmount: '未披露金额', noRate: '无汇率', undated: '无日期', notAddable: '不可相加' },
    regulationsTitle: '法规政策',
    regulationsLede: '按司法辖区与状态整理的法律、政策、规划与标准。',
    status: '状态',
    statuses: { draft: '草案', proposed: '提案', adopted: '已通过', inForce: '生效中', repealed: '已废止', unknown: '未知' },
    instruments: n => `${n} 项`,
    statisticsTitle: '统计分布',
    statisticsLede: '调查把同一人群按年龄、性别、学历等维度拆分。选择一个分布，点击柱形查看出处。',
    breakdown: '分布',
    sum: (s, e) => e == null ? `合计 ${s}` : `合计 ${s}（应为 ${e}）`,
    conflictsTitle: '来源分歧',
    conflictsLede: '不同段落对同一事实给出不同的数值或日期。两种说法并列展示，各附原文。',
    conflictKinds: {
      statisticValue: '同一指标数值不同', citationDisagreement: '引文与记录不一致', eventDate: '同一事件日期不同',
      restatementDisagreement: '括号换算不一致', documented: '已记录的分歧',
    },
    conflictCount: n => `${n} 处分歧`,
    citationKicker: '出处', close: '关闭', source: '来源文件', locator: '位置', upstream: '原始出处',
    statedValue: '该段所述数值', statedDate: '该段所述日期', note: '说明', inferred: '推断字段',
    disagrees: '与之分歧的记录', openLink: '打开链接', value: '数值', date: '日期', noDate: '无日期',
    kinds: {
      events: '事件', benchmarkResults: '评测结果', fundingRounds: '融资', regulations: '法规政策', statistics: '统计',
      sources: '来源', organizations: '机构', products: '产品', benchmarks: '基准', metrics: '指标',
    },
    noResults: '没有结果', loading: '加载中……', failed: '加载失败：',
    dataLine: (v, n) => `数据版本 ${v} · ${n} 条记录 · 来源文件：`,
    ranked: '名',
  },
  en: {
    title: 'AI Yearbook',
    subtitle: 'AI in 2024–2025: every figure with its source',
    searchPlaceholder: 'Search events, organizations, figures… (try unicorn, DeepSeek)',
    searchLabel: 'Search',
    tabTimeline: 'Timeline', tabFunding: 'Funding', tabRegulations: 'Regulations', tabStatistics: 'Statistics', tabConflicts: 'Conflicts',
    timelineTitle: 'Timeline of events',
    timelineLede: 'Releases, partnerships, research and incidents the five reports record. Click any item for its quotation.',
    month: 'Month', category: 'Category', organization: 'Organization', tag: 'Tag', clear: 'Clear', all: 'All',
    events: n => `${n} event${n === 1 ? '' : 's'}`,
    fundingTitle: 'Funding by quarter',
    fundingLede: 'Disclosed amounts summed by quarter at the ECB annual rates. Amounts dated only by year or half, undated ones and those that cannot be summed are listed beside the chart, never guessed into a quarter.',
    currency: 'Currency',
    chartCaption: (n, c) => `${n} quarters, in ${c}. Click a bar for the quarter's deals.`,
    coarse: 'Dated by year or half only', undated: 'Undated', excluded: 'Left out of the totals', ratesUsed: 'Rates used',
    noneListed: 'None',
    amountsSummed: n => `${n} amount${n === 1 ? '' : 's'}`,
    quarterDeals: q => `Deals in ${q}`,
    reason: { noAmount: 'no amount disclosed', noRate: 'no exchange rate', undated: 'no date', notAddable: 'cannot be added' },
    regulationsTitle: 'Regulations',
    regulationsLede: 'Laws, policies, plans and standards by jurisdiction and status.',
    status: 'Status',
    statuses: { draft: 'Draft', proposed: 'Proposed', adopted: 'Adopted', inForce: 'In force', repealed: 'Repealed', unknown: 'Unknown' },
    instruments: n => `${n} instrument${n === 1 ? '' : 's'}`,
    statisticsTitle: 'Statistics explorer',
    statisticsLede: 'Surveys split one population by age, gender, education and more. Pick a breakdown; click a bar for its source.',
    breakdown: 'Breakdown',
    sum: (s, e) => e == null ? `Sum ${s}` : `Sum ${s} (expected ${e})`,
    conflictsTitle: 'Where the sources disagree',
    conflictsLede: 'Passages that give different values or dates for the same fact, side by side, each with its quotation.',
    conflictKinds: {
      statisticValue: 'Same metric, different values', citationDisagreement: 'A passage disagrees with its record',
      eventDate: 'Same event, different dates', restatementDisagreement: 'Bracketed conversion disagrees',
      documented: 'Documented disagreement',
    },
    conflictCount: n => `${n} conflict${n === 1 ? '' : 's'}`,
    citationKicker: 'Source', close: 'Close', source: 'Document', locator: 'Location', upstream: 'Upstream source',
    statedValue: 'Value this passage states', statedDate: 'Date this passage states', note: 'Note', inferred: 'Inferred fields',
    disagrees: 'Disagrees with', openLink: 'Open link', value: 'Value', date: 'Date', noDate: 'undated',
    kinds: {
      events: 'Event', benchmarkResults: 'Benchmark result', fundingRounds: 'Funding', regulations: 'Regulation', statistics: 'Statistic',
      sources: 'Source', organizations: 'Organization', products: 'Product', benchmarks: 'Benchmark', metrics: 'Metric',
    },
    noResults: 'No results', loading: 'Loading…', failed: 'Could not load: ',
    dataLine: (v, n) => `Data version ${v} · ${n} records · Source documents:`,
    ranked: 'rank',
  },
};

const CATEGORY_NAMES = {
  zh: {
    modelRelease: '模型发布', productLaunch: '产品上线', hardwareRelease: '硬件发布', partnership: '合作', research: '研究',
    report: '报告', enforcement: '执法', litigation: '诉讼', incident: '事件', personnel: '人事', infrastructure: '基础设施',
    conference: '会议', market: '市场', milestone: '里程碑', governance: '治理', award: '奖项', other: '其他',
  },
  en: {
    modelRelease: 'Model release', productLaunch: 'Product launch', hardwareRelease: 'Hardware release', partnership: 'Partnership',
    research: 'Research', report: 'Report', enforcement: 'Enforcement', litigation: 'Litigation', incident: 'Incident',
    personnel: 'Personnel', infrastructure: 'Infrastructure', conference: 'Conference', market: 'Market', milestone: 'Milestone',
    governance: 'Governance', award: 'Award', other: 'Other',
  },
};

const DIMENSION_NAMES = {
  age: ['年龄', 'age'], gender: ['性别', 'gender'], education: ['学历', 'education'], occupation: ['职业', 'occupation'],
  region: ['地区', 'region'], province: ['省份', 'province'], country: ['国家', 'country'], purpose: ['用途', 'purpose'],
  'first-choice-product': ['首选产品', 'first-choice product'], 'school-stage': ['学段', 'school stage'],
  sector: ['行业', 'sector'], 'enterprise-size': ['企业规模', 'enterprise size'], 'case-type': ['案件类型', 'case type'],
  'closure-cause': ['关闭原因', 'closure cause'], 'recipient-type': ['获投方类型', 'recipient type'],
  'urban-rural': ['城乡', 'urban/rural'], income: ['收入', 'income'],
};

function dimensionName(dimension) {
  const names = DIMENSION_NAMES[dimension];
  return names ? names[state.lang === 'zh' ? 0 : 1] : dimension;
}

const REGION_NAMES = {
  CN: ['中国', 'China'], US: ['美国', 'United States'], EU: ['欧盟', 'European Union'], GB: ['英国', 'United Kingdom'],
  JP: ['日本', 'Japan'], KR: ['韩国', 'South Korea'], IN: ['印度', 'India'], FR: ['法国', 'France'], DE: ['德国', 'Germany'],
  IT: ['意大利', 'Italy'], CA: ['加拿大', 'Canada'], SG: ['新加坡', 'Singapore'], AU: ['澳大利亚', 'Australia'],
  AE: ['阿联酋', 'UAE'], SA: ['沙特阿拉伯', 'Saudi Arabia'], BR: ['巴西', 'Brazil'], UN: ['联合国', 'United Nations'],
  WORLD: ['全球', 'World'], EUROPE: ['欧洲', 'Europe'], ASIA: ['亚洲', 'Asia'], 'CN-BJ': ['北京', 'Beijing'],
  'CN-SH': ['上海', 'Shanghai'], 'CN-GD': ['广东', 'Guangdong'], 'CN-ZJ': ['浙江', 'Zhejiang'], 'CN-JS': ['江苏', 'Jiangsu'],
  'CN-SC': ['四川', 'Sichuan'], 'CN-HB': ['湖北', 'Hubei'], 'CN-SD': ['山东', 'Shandong'], 'CN-TJ': ['天津', 'Tianjin'],
  'CN-CQ': ['重庆', 'Chongqing'], 'CN-AH': ['安徽', 'Anhui'], 'CN-FJ': ['福建', 'Fujian'], 'CN-HN': ['湖南', 'Hunan'],
  'CN-HA': ['河南', 'Henan'], 'CN-HE': ['河北', 'Hebei'], 'CN-SN': ['陕西', 'Shaanxi'], 'CN-JJJ': ['京津冀', 'Beijing–Tianjin–Hebei'],
  'CN-HK': ['香港', 'Hong Kong'], 'CN-GZ': ['贵州', 'Guizhou'], 'CN-LN': ['辽宁', 'Liaoning'], 'CN-JX': ['江西', 'Jiangxi'],
};

const CURRENCY_NAMES = {
  USD: ['美元', 'US$'], CNY: ['元人民币', 'CNY '], EUR: ['欧元', '€'], GBP: ['英镑', '£'], JPY: ['日元', '¥'],
  KRW: ['韩元', '₩'], CAD: ['加元', 'C$'], INR: ['印度卢比', '₹'], HKD: ['港元', 'HK$'], SGD: ['新加坡元', 'S$'],
  AUD: ['澳元', 'A$'], CHF: ['瑞士法郎', 'CHF '], SAR: ['沙特里亚尔', 'SAR '], AED: ['迪拉姆', 'AED '],
};

const state = {
  lang: readLanguage(),
  view: 'timeline',
  organizations: new Map(),
  sources: new Map(),
  entities: new Map(),
  summary: null,
  funding: { currency: 'USD' },
};

function readLanguage() {
  try {
    return localStorage.getItem('yearbook.lang') === 'en' ? 'en' : 'zh';
  } catch (error) {
    return 'zh';
  }
}

function t(key, ...args) {
  const value = I18N[state.lang][key];
  return typeof value === 'function' ? value(...args) : value;
}

/** The text of a {zh, en} value in the current language, falling back to the other. */
function local(text) {
  if (!text) return '';
  return text[state.lang] || text.en || text.zh || '';
}

function regionName(code) {
  const names = REGION_NAMES[code];
  return names ? names[state.lang === 'zh' ? 0 : 1] : code;
}

// ---------------------------------------------------------------------------
// DOM helpers: text only

/** Creates an element; `attributes` are set with setAttribute, children appended as text or nodes. */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'href') {
      if (!isSafeURL(value)) continue;
    }
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** Only absolute http(s) links, and the page's own hash links. */
function isSafeURL(value) {
  if (typeof value !== 'string') return false;
  if (value.startsWith('#')) return true;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch (error) {
    return false;
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';
function svg(tag, attributes, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
  return append(node, children);
}

// ---------------------------------------------------------------------------
// The API

class ApiError extends Error {
  constructor(problem, status) {
    super(problem && problem.detail ? problem.detail : `HTTP ${status}`);
    this.problem = problem;
    this.status = status;
  }
}

async function api(path, parameters) {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(parameters || {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
  }
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(body, response.status);
  return body;
}

/** Every record of a kind (and filters), page by page at the documented maximum of 200. */
async function allRecords(kind, parameters) {
  const items = [];
  for (let offset = 0; ; offset += 200) {
    const page = await api('/records', Object.assign({ kind, limit: 200, offset }, parameters || {}));
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return { items, total: page.total };
  }
}

/** An element by id, cached (for names of metrics, benchmarks, products, sources). */
async function element(id) {
  if (!state.entities.has(id)) state.entities.set(id, api(`/records/${encodeURIComponent(id)}`));
  return state.entities.get(id);
}

function showError(container, error) {
  clear(container).appendChild(el('p', { class: 'error' }, t('failed'), error.message));
}

// ---------------------------------------------------------------------------
// Numbers, amounts, dates

function trimNumber(value, digits) {
  const fixed = Number(value.toFixed(digits));
  return fixed.toLocaleString(state.lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: digits, useGrouping: state.lang !== 'zh' });
}

/** A short label for a bar: "$341B" / "3408亿" (the currency is in the caption). */
function compactMoney(value, currency) {
  if (!value) return '0';
  const significant = number => Number(number.toPrecision(3)).toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (state.lang === 'zh') {
    if (value >= 1e12) return significant(value / 1e12) + '万亿';
    if (value >= 1e8) return significant(value / 1e8) + '亿';
    return significant(value / 1e4) + '万';
  }
  const symbol = (CURRENCY_NAMES[currency] || [currency, currency + ' '])[1];
  if (value >= 1e12) return symbol + significant(value / 1e12) + 'T';
  if (value >= 1e9) return symbol + significant(value / 1e9) + 'B';
  return symbol + significant(value / 1e6) + 'M';
}

/** 515000000 → "5.15亿" / "515 million". */
function formatNumber(value) {
  const magnitude = Math.abs(value);
  if (state.lang === 'zh') {
    if (magnitude >= 1e12) return trimNumber(value / 1e12, 2) + '万亿';
    if (magnitude >= 1e8) return trimNumber(value / 1e8, 2) + '亿';
    if (magnitude >= 1e4) return trimNumber(value / 1e4, 2) + '万';
    return trimNumber(value, 2);
  }
  if (magnitude >= 1e12) return trimNumber(value / 1e12, 2) + ' trillion';
  if (magnitude >= 1e9) return trimNumber(value / 1e9, 2) + ' billion';
  if (magnitude >= 1e6) return trimNumber(value / 1e6, 2) + ' million';
  return trimNumber(value, 2);
}

const QUALIFIERS = {
  zh: { approximately: '约', moreThan: '超过', atLeast: '至少', lessThan: '不足', atMost: '至多', upTo: '最高' },
  en: { approximately: 'about ', moreThan: 'more than ', atLeast: 'at least ', lessThan: 'less than ', atMost: 'at most ', upTo: 'up to ' },
};

const UNITS = {
  zh: { percent: '%', percentagePoints: '个百分点', times: '倍', count: '', rank: '', years: '年', months: '个月', days: '天', hours: '小时', minutes: '分钟', seconds: '秒' },
  en: { percent: '%', percentagePoints: ' pp', times: '×', count: '', rank: '', years: ' years', months: ' months', days: ' days', hours: ' hours', minutes: ' minutes', seconds: ' s' },
};

function formatQuantity(quantity) {
  if (!quantity) return '';
  if (quantity.value === null || quantity.value === undefined) return quantity.statedText || '—';
  const units = UNITS[state.lang];
  const unit = quantity.unit in units ? units[quantity.unit] : ` ${quantity.unit}`;
  const compact = quantity.unit === 'percent' || quantity.unit === 'times' || quantity.unit === 'rank'
    || quantity.unit === 'percentagePoints';
  const number = value => compact ? trimNumber(value, 2) : formatNumber(value);
  let text = number(quantity.value);
  if (quantity.upperBound !== undefined) text += '–' + number(quantity.upperBound);
  if (quantity.unit === 'rank') text = state.lang === 'zh' ? `第 ${text} ${t('ranked')}` : `${t('ranked')} ${text}`;
  else text += unit;
  const qualifier = QUALIFIERS[state.lang][quantity.qualifier] || '';
  return qualifier + text + (quantity.hedged ? (state.lang === 'zh' ? '（或）' : ' (possibly)') : '');
}

function formatMoney(money, currency) {
  if (!money) return '';
  const code = currency || money.currency;
  const amount = currency ? money : money.amount;
  if (amount === null || amount === undefined) return money.statedText || '—';
  const names = CURRENCY_NAMES[code] || [code, code + ' '];
  const qualifier = currency ? '' : (QUALIFIERS[state.lang][money.qualifier] || '');
  if (state.lang === 'zh') return qualifier + formatNumber(amount) + names[0];
  return qualifier + names[1] + formatNumber(amount);
}

function formatConflictValue(value) {
  if (!value) return '—';
  if (value.quantity) return formatQuantity(value.quantity);
  if (value.money) return formatMoney(value.money);
  if (value.date) return value.date;
  return '—';
}

// ---------------------------------------------------------------------------
// Titles of records and entities

/** A record's or entity's title in the current language (names looked up through the API). */
async function titleOf(record, kind) {
  kind = kind || record.type;
  if (record.title) return local(record.title);
  if (record.name) return local(record.name);
  if (record.label) return local(record.label);
  if (kind === 'statistics' || record.metric && record.value) {
    const metric = await element(record.metric).catch(() => null);
    const label = metric ? local(metric.label) : record.metric;
    const category = record.breakdown ? ` · ${local(record.breakdown.category.label)}` : '';
    const regions = (record.regions || []).map(regionName).join('、');
    return `${label}${category}${regions ? ` (${regions})` : ''}`;
  }
  if (kind === 'benchmarkResults' || record.benchmark) {
    const benchmark = await element(record.benchmark).catch(() => null);
    const subject = await subjectName(record.subject);
    return `${subject} · ${benchmark ? local(benchmark.name) : record.benchmark}`;
  }
  return record.id;
}

async function subjectName(subject) {
  if (!subject) return '';
  if (subject.organization) return organizationName(subject.organization);
  if (subject.product) {
    const product = await element(subject.product).catch(() => null);
    return product ? local(product.name) : subject.product;
  }
  if (subject.regions) return subject.regions.map(regionName).join(' vs ');
  return local(subject.text) || '';
}

function organizationName(id) {
  const organization = state.organizations.get(id);
  return organization ? local(organization.name) : id;
}

function sourceTitle(id) {
  const source = state.sources.get(id);
  return source ? local(source.title) : id;
}

function primaryValue(record) {
  if (record.value) return formatQuantity(record.value);
  if (record.score) return formatQuantity(record.score);
  if (record.amount) return formatMoney(record.amount);
  return '';
}

// ---------------------------------------------------------------------------
// The citation drawer: every figure and item opens here

const drawer = () => document.getElementById('citation');

async function openCitation(id) {
  const body = document.getElementById('citation-body');
  drawer().hidden = false;
  document.body.classList.add('drawer-open');
  clear(body).appendChild(el('p', { class: 'muted' }, t('loading')));
  try {
    const record = await api(`/records/${encodeURIComponent(id)}`);
    const title = await titleOf(record);
    clear(body);
    body.dataset.record = record.id;
    append(body, [
      el('p', { class: 'kind-line' }, el('span', { class: `chip kind-${record.type}` }, t('kinds')[record.type] || record.type),
        ' ', el('span', { class: 'date' }, record.date || (record.type && t('kinds')[record.type] && 'date' in record ? t('noDate') : ''))),
      el('h3', { class: 'drawer-title' }, title),
    ]);
    const value = primaryValue(record);
    if (value) body.appendChild(el('p', { class: 'figure' }, value));
    if (record.summary) body.appendChild(el('p', { class: 'summary' }, local(record.summary)));
    for (const citation of record.citations || []) body.appendChild(citationCard(citation));
    if (record.note) body.appendChild(el('div', { class: 'note' }, el('strong', {}, t('note')), ' ', local(record.note)));
    if (record.inferred && record.inferred.length) {
      body.appendChild(el('p', { class: 'muted small' }, `${t('inferred')}: ${record.inferred.join(', ')}`));
    }
    if (record.disagreesWith && record.disagreesWith.length) {
      const list = el('p', { class: 'small' }, `${t('disagrees')}: `);
      record.disagreesWith.forEach((other, index) => {
        if (index) list.appendChild(document.createTextNode(', '));
        list.appendChild(recordLink(other, other));
      });
      body.appendChild(list);
    }
    body.appendChild(el('p', { class: 'record-id' }, record.id));
  } catch (error) {
    showError(body, error);
  }
}

function citationCard(citation) {
  const card = el('article', { class: 'citation' },
    el('blockquote', { class: 'quote' }, citation.quote),
    el('dl', {},
      el('dt', {}, t('source')), el('dd', { class: 'source-title' }, sourceTitle(citation.source)),
      el('dt', {}, t('locator')), el('dd', { class: 'locator' }, citation.locator)));
  const details = card.querySelector('dl');
  if (citation.statedValue) append(details, [el('dt', {}, t('statedValue')), el('dd', {}, formatQuantity(citation.statedValue))]);
  if (citation.statedDate) append(details, [el('dt', {}, t('statedDate')), el('dd', {}, citation.statedDate)]);
  if (citation.upstream) {
    const upstream = el('dd', { class: 'upstream' }, el('span', { class: 'upstream-quote' }, citation.upstream.quote));
    if (citation.upstream.url && isSafeURL(citation.upstream.url)) {
      upstream.appendChild(el('a', { href: citation.upstream.url, target: '_blank', rel: 'noopener noreferrer', class: 'upstream-link' },
        t('openLink'), ' ↗'));
    }
    append(details, [el('dt', {}, t('upstream')), upstream]);
  }
  return card;
}

function closeCitation() {
  drawer().hidden = true;
  document.body.classList.remove('drawer-open');
}

/** A button that opens a record's citation. */
function recordLink(id, ...children) {
  const button = el('button', { type: 'button', class: 'linkish', 'data-record': id }, ...children);
  button.addEventListener('click', event => {
    event.stopPropagation();
    openCitation(id);
  });
  return button;
}

// ---------------------------------------------------------------------------
// Timeline

async function fillSelect(select, groups, label, current) {
  clear(select).appendChild(el('option', { value: '' }, t('all')));
  for (const group of groups) {
    if (group.group === null) continue;
    select.appendChild(el('option', { value: group.group }, `${label(group.group)} (${group.count})`));
  }
  select.value = current || '';
}

async function renderTimeline() {
  const form = document.getElementById('timeline-filters');
  const list = document.getElementById('timeline');
  const current = Object.fromEntries(new FormData(form));
  try {
    const [months, categories, organizations, tags] = (await Promise.all(
      ['month', 'category', 'organization', 'tag'].map(by => api('/groups', { kind: 'events', by }))))
      .map(groups => groups.filter(group => group.group !== null));
    months.reverse();
    const categoryNames = CATEGORY_NAMES[state.lang];
    organizations.sort((a, b) => organizationName(a.group).localeCompare(organizationName(b.group), state.lang));
    tags.sort((a, b) => b.count - a.count || String(a.group).localeCompare(String(b.group)));
    fillSelect(form.elements.month, months.filter(g => g.group && /^\d{4}-\d{2}$/.test(g.group)), m => m, current.month);
    fillSelect(form.elements.category, categories, c => categoryNames[c] || c, current.category);
    fillSelect(form.elements.organization, organizations, organizationName, current.organization);
    fillSelect(form.elements.tag, tags, tag => tag, current.tag);
  } catch (error) {
    showError(list, error);
    return;
  }
  await renderTimelineItems();
}

async function renderTimelineItems() {
  const form = document.getElementById('timeline-filters');
  const list = document.getElementById('timeline');
  const count = document.getElementById('timeline-count');
  const filters = Object.fromEntries(new FormData(form));
  const parameters = { sort: '-date', category: filters.category, organization: filters.organization, tag: filters.tag };
  if (filters.month) Object.assign(parameters, { from: filters.month, to: filters.month, dateMode: 'within' });
  try {
    const { items, total } = await allRecords('events', parameters);
    count.textContent = t('events', total);
    clear(list);
    let lastMonth = null;
    for (const event of items) {
      const month = event.date ? event.date.slice(0, 7) : t('noDate');
      if (month !== lastMonth) {
        list.appendChild(el('li', { class: 'month' }, el('h3', {}, month)));
        lastMonth = month;
      }
      const item = el('li', { class: 'event', 'data-record': event.id, tabindex: '0' },
        el('span', { class: 'event-date' }, event.date || t('noDate')),
        el('div', { class: 'event-body' },
          el('p', { class: 'event-title' }, local(event.title)),
          event.summary ? el('p', { class: 'event-summary' }, local(event.summary)) : null,
          el('p', { class: 'event-meta' },
            el('span', { class: 'chip' }, CATEGORY_NAMES[state.lang][event.category] || event.category),
            ...(event.organizations || []).slice(0, 4).map(id => el('span', { class: 'chip org' }, organizationName(id))),
            ...(event.tags || []).slice(0, 4).map(tag => el('span', { class: 'chip tag' }, '#' + tag)))));
      item.addEventListener('click', () => openCitation(event.id));
      item.addEventListener('keydown', keyEvent => { if (keyEvent.key === 'Enter') openCitation(event.id); });
      list.appendChild(item);
    }
    if (!items.length) list.appendChild(el('li', { class: 'muted' }, t('noResults')));
  } catch (error) {
    showError(list, error);
  }
}

// ---------------------------------------------------------------------------
// Funding by quarter

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** The group a funding round's date falls in at quarter precision, as the library groups it. */
function quarterKey(date) {
  if (!date) return null;
  const start = date.split('/')[0];
  let match = /^(\d{4})-(\d{2})(-\d{2})?$/.exec(start);
  if (match) return `${match[1]}-Q${Math.floor((Number(match[2]) - 1) / 3) + 1}`;
  return start;
}

function quarterRange(keys) {
  const quarters = keys.map(key => QUARTER.exec(key)).filter(Boolean).map(m => Number(m[1]) * 4 + Number(m[2]) - 1);
  if (!quarters.length) return [];
  const result = [];
  for (let q = Math.min(...quarters); q <= Math.max(...quarters); q++) result.push(`${Math.floor(q / 4)}-Q${(q % 4) + 1}`);
  return result;
}

async function renderFunding() {
  const form = document.getElementById('funding-filters');
  const chart = document.getElementById('funding-chart');
  const side = document.getElementById('funding-side');
  const select = form.elements.currency;
  if (!select.options.length) {
    for (const code of ['USD', 'CNY', 'EUR', 'GBP', 'JPY', 'HKD']) select.appendChild(el('option', { value: code }, code));
    select.value = state.funding.currency;
  }
  const currency = select.value || 'USD';
  state.funding.currency = currency;
  try {
    const [groups, rounds] = await Promise.all([
      api('/groups', { kind: 'fundingRounds', by: 'quarter', currency }),
      allRecords('fundingRounds'),
    ]);
    const byID = new Map(rounds.items.map(round => [round.id, round]));
    const byGroup = new Map();
    for (const round of rounds.items) {
      const key = quarterKey(round.date);
      if (!byGroup.has(key)) byGroup.set(key, []);
      byGroup.get(key).push(round);
    }
    state.funding.byGroup = byGroup;
    const totals = new Map(groups.map(group => [group.group, group]));
    drawFundingChart(chart, quarterRange(groups.map(group => group.group)), totals, currency);
    document.getElementById('funding-caption').textContent =
      t('chartCaption', chart.querySelectorAll('rect.bar').length, currency);
    clear(document.getElementById('funding-selection'));

    clear(side);
    const coarse = groups.filter(group => group.group !== null && !QUARTER.test(group.group));
    side.appendChild(el('h3', {}, t('coarse')));
    side.appendChild(groupList(coarse, byGroup, currency, 'coarse'));
    const undated = groups.filter(group => group.group === null);
    side.appendChild(el('h3', {}, t('undated')));
    side.appendChild(groupList(undated, byGroup, currency, 'undated'));
    side.appendChild(el('h3', {}, t('excluded')));
    const excluded = el('ul', { class: 'plain exclusions' });
    for (const group of groups) {
      for (const exclusion of group.excluded || []) {
        const round = byID.get(exclusion.id);
        excluded.appendChild(el('li', { 'data-record': exclusion.id },
          recordLink(exclusion.id, round ? local(round.title) : exclusion.id),
          el('span', { class: 'reason' }, ` — ${t('reason')[exclusion.reason] || exclusion.reason}`,
            round && round.amount ? ` (${formatMoney(round.amount)})` : '')));
      }
    }
    if (!excluded.childNodes.length) excluded.appendChild(el('li', { class: 'muted' }, t('noneListed')));
    side.appendChild(excluded);
    const rates = new Map();
    for (const group of groups) for (const rate of group.ratesUsed || []) rates.set(`${rate.from}-${rate.year}`, rate);
    if (rates.size) {
      side.appendChild(el('h3', {}, t('ratesUsed')));
      const list = el('ul', { class: 'plain rates' });
      for (const rate of [...rates.values()].sort((a, b) => a.from.localeCompare(b.from) || a.year - b.year)) {
        list.appendChild(el('li', {}, `1 ${rate.from} = ${Number(rate.factor.toPrecision(4))} ${rate.to} (${rate.year}, ${rate.table})`));
      }
      side.appendChild(list);
    }
  } catch (error) {
    showError(chart, error);
  }
}

function groupList(groups, byGroup, currency, kind) {
  const list = el('ul', { class: `plain group-list ${kind}` });
  for (const group of groups) {
    const heading = el('li', { class: 'group-head' },
      el('strong', {}, group.group === null ? t('undated') : group.group),
      group.total !== null && group.total !== undefined
        ? ` · ${formatMoney(group.total, currency)} · ${t('amountsSummed', group.summedCount)}` : '');
    list.appendChild(heading);
    for (const round of byGroup.get(group.group) || []) {
      list.appendChild(el('li', { class: 'group-item', 'data-record': round.id },
        recordLink(round.id, local(round.title)), round.amount ? ` — ${formatMoney(round.amount)}` : '',
        el('span', { class: 'muted' }, ` (${round.date || t('noDate')})`)));
    }
  }
  if (!groups.length) list.appendChild(el('li', { class: 'muted' }, t('noneListed')));
  return list;
}

function drawFundingChart(container, quarters, totals, currency) {
  clear(container);
  const width = 760;
  const height = 360;
  const margin = { top: 28, right: 16, bottom: 48, left: 16 };
  const values = quarters.map(quarter => (totals.get(quarter) || {}).total || 0);
  const maximum = Math.max(1, ...values);
  const plotHeight = height - margin.top - margin.bottom;
  const slot = (width - margin.left - margin.right) / Math.max(1, quarters.length);
  const barWidth = Math.min(64, slot * 0.62);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'bar-chart', role: 'img', 'aria-label': t('fundingTitle') });
  for (let i = 0; i <= 4; i++) {
    const y = margin.top + plotHeight * (1 - i / 4);
    chart.appendChild(svg('line', { x1: margin.left, x2: width - margin.right, y1: y, y2: y, class: 'grid' }));
  }
  quarters.forEach((quarter, index) => {
    const group = totals.get(quarter);
    const value = group && group.total ? group.total : 0;
    const barHeight = Math.max(value > 0 ? 2 : 0, plotHeight * value / maximum);
    const x = margin.left + slot * index + (slot - barWidth) / 2;
    const y = margin.top + plotHeight - barHeight;
    const bar = svg('g', { class: 'bar-group', 'data-quarter': quarter, tabindex: '0' },
      svg('rect', { class: value > 0 ? 'bar' : 'bar empty', x, y, width: barWidth, height: Math.max(barHeight, 1), rx: 3, 'data-quarter': quarter },
        svg('title', {}, `${quarter}: ${formatMoney(value, currency)}`)),
      svg('text', { x: x + barWidth / 2, y: y - 8, class: 'bar-value', 'text-anchor': 'middle' },
        compactMoney(value, currency)),
      svg('text', { x: x + barWidth / 2, y: height - margin.bottom + 22, class: 'bar-label', 'text-anchor': 'middle' }, quarter),
      svg('text', { x: x + barWidth / 2, y: height - margin.bottom + 40, class: 'bar-count', 'text-anchor': 'middle' },
        group ? t('amountsSummed', group.summedCount || 0) : ''));
    bar.addEventListener('click', () => selectQuarter(quarter));
    bar.addEventListener('keydown', event => { if (event.key === 'Enter') selectQuarter(quarter); });
    chart.appendChild(bar);
  });
  chart.appendChild(svg('line', { x1: margin.left, x2: width - margin.right, y1: margin.top + plotHeight, y2: margin.top + plotHeight, class: 'axis' }));
  container.appendChild(chart);
}

function selectQuarter(quarter) {
  const selection = clear(document.getElementById('funding-selection'));
  for (const bar of document.querySelectorAll('#funding-chart .bar-group')) {
    bar.classList.toggle('selected', bar.getAttribute('data-quarter') === quarter);
  }
  selection.appendChild(el('h3', {}, t('quarterDeals', quarter)));
  const list = el('ul', { class: 'plain deal-list' });
  for (const round of state.funding.byGroup.get(quarter) || []) {
    list.appendChild(el('li', { 'data-record': round.id }, recordLink(round.id, local(round.title)),
      round.amount ? ` — ${formatMoney(round.amount)}` : '', el('span', { class: 'muted' }, ` (${round.date})`)));
  }
  if (!list.childNodes.length) list.appendChild(el('li', { class: 'muted' }, t('noneListed')));
  selection.appendChild(list);
}

// ---------------------------------------------------------------------------
// Regulations by jurisdiction and status

async function renderRegulations() {
  const container = document.getElementById('regulations');
  const form = document.getElementById('regulation-filters');
  const select = form.elements.status;
  const current = select.value;
  try {
    const { items } = await allRecords('regulations', { sort: '-date' });
    const statuses = t('statuses');
    const counts = new Map();
    for (const regulation of items) counts.set(regulation.status, (counts.get(regulation.status) || 0) + 1);
    clear(select).appendChild(el('option', { value: '' }, t('all')));
    for (const status of Object.keys(statuses)) {
      if (counts.has(status)) select.appendChild(el('option', { value: status }, `${statuses[status]} (${counts.get(status)})`));
    }
    select.value = current;
    const shown = items.filter(regulation => !select.value || regulation.status === select.value);
    const byJurisdiction = new Map();
    for (const regulation of shown) {
      const key = regulation.jurisdiction || 'WORLD';
      if (!byJurisdiction.has(key)) byJurisdiction.set(key, []);
      byJurisdiction.get(key).push(regulation);
    }
    clear(container);
    const order = [...byJurisdiction.keys()].sort((a, b) => byJurisdiction.get(b).length - byJurisdiction.get(a).length || a.localeCompare(b));
    for (const jurisdiction of order) {
      const regulations = byJurisdiction.get(jurisdiction);
      const byStatus = new Map();
      for (const regulation of regulations) byStatus.set(regulation.status, (byStatus.get(regulation.status) || 0) + 1);
      const summary = el('p', { class: 'status-summary' });
      for (const status of Object.keys(statuses).filter(status => byStatus.has(status))) {
        summary.appendChild(el('span', { class: `status status-${status}` }, `${statuses[status]} ${byStatus.get(status)}`));
      }
      const section = el('section', { class: 'jurisdiction', 'data-jurisdiction': jurisdiction },
        el('h3', {}, regionName(jurisdiction), el('span', { class: 'muted' }, ` ${jurisdiction} · ${t('instruments', regulations.length)}`)),
        summary);
      const list = el('ul', { class: 'plain regulation-list' });
      for (const regulation of regulations) {
        const item = el('li', { class: 'regulation', 'data-record': regulation.id, tabindex: '0' },
          el('span', { class: `status status-${regulation.status}` }, statuses[regulation.status] || regulation.status),
          el('span', { class: 'regulation-title' }, local(regulation.title)),
          el('span', { class: 'muted date' }, regulation.date || t('noDate')));
        item.addEventListener('click', () => openCitation(regulation.id));
        item.addEventListener('keydown', event => { if (event.key === 'Enter') openCitation(regulation.id); });
        list.appendChild(item);
      }
      section.appendChild(list);
      container.appendChild(section);
    }
  } catch (error) {
    showError(container, error);
  }
}

// ---------------------------------------------------------------------------
// Statistics explorer

async function renderStatistics() {
  const form = document.getElementById('breakdown-filters');
  const select = form.elements.breakdown;
  const current = select.value;
  try {
    const breakdowns = await api('/breakdowns');
    state.breakdowns = breakdowns.filter(breakdown => breakdown.categories.length > 1);
    clear(select);
    state.breakdowns.forEach((breakdown, index) => {
      const population = breakdown.population ? ` · ${local(breakdown.population)}` : '';
      select.appendChild(el('option', { value: String(index) },
        `${local(breakdown.metricLabel)} — ${dimensionName(breakdown.dimension)}${breakdown.period ? ` · ${breakdown.period}` : ''}${population}`));
    });
    const preferred = state.breakdowns.findIndex(b => b.dimension === 'age');
    select.value = current || String(Math.max(0, preferred));
    drawBreakdown();
  } catch (error) {
    showError(document.getElementById('breakdown-chart'), error);
  }
}

function drawBreakdown() {
  const container = clear(document.getElementById('breakdown-chart'));
  const caption = document.getElementById('breakdown-caption');
  const breakdown = (state.breakdowns || [])[Number(document.getElementById('breakdown-filters').elements.breakdown.value)];
  if (!breakdown) return;
  const rowHeight = 40;
  const labelWidth = 220;
  const width = 760;
  const height = breakdown.categories.length * rowHeight + 16;
  const maximum = Math.max(1, ...breakdown.categories.map(category => category.value.value || 0));
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'bar-chart horizontal', role: 'img', 'aria-label': local(breakdown.metricLabel) });
  breakdown.categories.forEach((category, index) => {
    const y = 8 + index * rowHeight;
    const value = category.value.value || 0;
    const barWidth = Math.max(2, (width - labelWidth - 120) * value / maximum);
    const row = svg('g', { class: 'bar-group', 'data-record': category.statistic, tabindex: '0' },
      svg('text', { x: labelWidth - 12, y: y + rowHeight / 2, class: 'bar-label', 'text-anchor': 'end', 'dominant-baseline': 'middle' },
        local(category.label)),
      svg('rect', { class: 'bar', x: labelWidth, y: y + 6, width: barWidth, height: rowHeight - 14, rx: 3 },
        svg('title', {}, `${local(category.label)}: ${formatQuantity(category.value)}`)),
      svg('text', { x: labelWidth + barWidth + 8, y: y + rowHeight / 2, class: 'bar-value', 'dominant-baseline': 'middle' },
        formatQuantity(category.value)));
    row.addEventListener('click', () => openCitation(category.statistic));
    row.addEventListener('keydown', event => { if (event.key === 'Enter') openCitation(category.statistic); });
    chart.appendChild(row);
  });
  container.appendChild(chart);
  const parts = [local(breakdown.metricLabel)];
  if (breakdown.population) parts.push(local(breakdown.population));
  if (breakdown.period) parts.push(breakdown.period);
  if (breakdown.regions.length) parts.push(breakdown.regions.map(regionName).join('、'));
  if (breakdown.sum !== undefined) parts.push(t('sum', trimNumber(breakdown.sum, 1), breakdown.expectedSum));
  caption.textContent = parts.join(' · ');
}

// ---------------------------------------------------------------------------
// Conflicts

async function renderConflicts() {
  const container = document.getElementById('conflicts');
  try {
    const conflicts = await api('/conflicts');
    clear(container).appendChild(el('p', { class: 'count' }, t('conflictCount', conflicts.length)));
    for (const conflict of conflicts) {
      const card = el('article', { class: 'conflict' },
        el('header', {}, el('span', { class: 'chip' }, t('conflictKinds')[conflict.kind] || conflict.kind),
          conflict.note ? el('span', { class: 'muted' }, ' ', local(conflict.note)) : null));
      const sides = el('div', { class: 'sides' });
      for (const side of conflict.sides) {
        const title = el('p', { class: 'side-title' }, side.record);
        element(side.record).then(record => titleOf(record)).then(text => { title.textContent = text; }).catch(() => {});
        const column = el('div', { class: 'side', 'data-record': side.record, tabindex: '0' },
          el('p', { class: 'side-value' }, formatConflictValue(side.value)),
          title,
          el('blockquote', { class: 'quote' }, side.quote),
          el('p', { class: 'side-source muted' }, sourceTitle(side.source)));
        column.addEventListener('click', () => openCitation(side.record));
        column.addEventListener('keydown', event => { if (event.key === 'Enter') openCitation(side.record); });
        sides.appendChild(column);
      }
      card.appendChild(sides);
      container.appendChild(card);
    }
  } catch (error) {
    showError(container, error);
  }
}

// ---------------------------------------------------------------------------
// Search as you type

let searchTimer = null;
let searchSerial = 0;

function setUpSearch() {
  const input = document.getElementById('search');
  const results = document.getElementById('search-results');
  input.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => runSearch(input.value), 120);
  });
  input.addEventListener('keydown', event => {
    if (event.key === 'Escape') { results.hidden = true; input.blur(); }
    if (event.key === 'Enter') {
      const first = results.querySelector('[data-record]');
      if (first) openCitation(first.getAttribute('data-record'));
    }
  });
  document.addEventListener('click', event => {
    if (!event.target.closest('.search')) results.hidden = true;
  });
  input.addEventListener('focus', () => { if (results.childNodes.length) results.hidden = false; });
}

async function runSearch(text) {
  const results = document.getElementById('search-results');
  const query = text.trim();
  const serial = ++searchSerial;
  if (!query) { clear(results); results.hidden = true; return; }
  try {
    const hits = await api('/search', { q: query.slice(0, 200), limit: 20 });
    if (serial !== searchSerial) return;
    clear(results);
    for (const hit of hits) {
      const row = el('button', { type: 'button', class: 'search-hit', role: 'option', 'data-record': hit.id },
        el('span', { class: `chip kind-${hit.kind}` }, t('kinds')[hit.kind] || hit.kind),
        el('span', { class: 'hit-text' },
          el('span', { class: 'hit-title' }, local(hit.title)),
          hit.snippet && hit.snippet !== local(hit.title) && hit.snippet !== hit.title.en && hit.snippet !== hit.title.zh
            ? el('span', { class: 'hit-snippet' }, hit.snippet) : null),
        el('span', { class: 'hit-date' }, hit.date || ''));
      row.addEventListener('click', () => { results.hidden = true; openCitation(hit.id); });
      results.appendChild(row);
    }
    if (!hits.length) results.appendChild(el('p', { class: 'muted empty' }, t('noResults')));
    results.hidden = false;
  } catch (error) {
    if (serial !== searchSerial) return;
    clear(results).appendChild(el('p', { class: 'error empty' }, t('failed'), error.message));
    results.hidden = false;
  }
}

// ---------------------------------------------------------------------------
// Views, language, start

const RENDERERS = {
  timeline: renderTimeline,
  funding: renderFunding,
  regulations: renderRegulations,
  statistics: renderStatistics,
  conflicts: renderConflicts,
};

function applyLanguage() {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-Hans' : 'en';
  document.title = `${t('title')} · ${state.lang === 'zh' ? 'AI Yearbook' : 'AI 年鉴'}`;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.getAttribute('data-i18n'));
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.setAttribute('placeholder', t(node.getAttribute('data-i18n-placeholder')));
  for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.getAttribute('data-i18n-label')));
  document.getElementById('lang').textContent = state.lang === 'zh' ? 'EN' : '中文';
  renderFooter();
}

function renderFooter() {
  const summary = state.summary;
  if (!summary) return;
  const total = Object.values(summary.records).reduce((a, b) => a + b, 0);
  document.getElementById('foot-data').textContent = t('dataLine', summary.dataVersion, total);
  const list = clear(document.getElementById('foot-sources'));
  for (const source of summary.sources) list.appendChild(el('li', {}, `${source.id} · ${local(source.title)}`));
}

async function show(view) {
  if (!RENDERERS[view]) view = 'timeline';
  state.view = view;
  for (const section of document.querySelectorAll('main .view')) section.hidden = section.getAttribute('data-view') !== view;
  for (const tab of document.querySelectorAll('nav.tabs a')) tab.classList.toggle('active', tab.getAttribute('data-view') === view);
  document.body.setAttribute('data-view', view);
  await RENDERERS[view]();
  document.body.setAttribute('data-ready', view);
}

async function start() {
  applyLanguage();
  document.getElementById('lang').addEventListener('click', async () => {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    try { localStorage.setItem('yearbook.lang', state.lang); } catch (error) { /* private mode */ }
    applyLanguage();
    const open = document.getElementById('citation-body').dataset.record;
    await show(state.view);
    if (!drawer().hidden && open) openCitation(open);
    const input = document.getElementById('search');
    if (input.value.trim()) runSearch(input.value);
  });
  document.getElementById('citation-close').addEventListener('click', closeCitation);
  document.addEventListener('keydown', event => { if (event.key === 'Escape') closeCitation(); });
  document.getElementById('timeline-filters').addEventListener('change', renderTimelineItems);
  document.getElementById('timeline-filters').addEventListener('reset', () => setTimeout(renderTimelineItems, 0));
  document.getElementById('funding-filters').addEventListener('change', renderFunding);
  document.getElementById('regulation-filters').addEventListener('change', renderRegulations);
  document.getElementById('breakdown-filters').addEventListener('change', drawBreakdown);
  for (const form of document.querySelectorAll('form.filters')) form.addEventListener('submit', event => event.preventDefault());
  setUpSearch();
  window.addEventListener('hashchange', () => show(window.location.hash.slice(1)));
  try {
    const [health, organizations] = await Promise.all([api('/health'), api('/organizations')]);
    state.summary = health.summary;
    for (const source of health.summary.sources) state.sources.set(source.id, source);
    for (const organization of organizations) state.organizations.set(organization.id, organization);
    renderFooter();
  } catch (error) {
    showError(document.getElementById('main'), error);
    return;
  }
  await show(window.location.hash.slice(1) || 'timeline');
}

document.addEventListener('DOMContentLoaded', start);
