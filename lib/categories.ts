/**
 * The eight categories of the term sheet. The order is the order of the popup's toggles and of the
 * highlight registry; the colours are chosen to stay distinct on light and on dark pages.
 */
export const CATEGORY_IDS = [
  'core',
  'institution',
  'discipline',
  'campaign',
  'meeting',
  'organ',
  'local',
  'idiom',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

export interface CategoryInfo {
  id: CategoryId;
  zh: string;
  zhHant: string;
  en: string;
  /** Highlight background and underline colour, as an sRGB hex. */
  color: string;
}

export const CATEGORIES: Record<CategoryId, CategoryInfo> = {
  core: {
    id: 'core',
    zh: '核心政治提法',
    zhHant: '核心政治提法',
    en: 'Core political formulations',
    color: '#e5484d',
  },
  institution: {
    id: 'institution',
    zh: '组织生活与制度',
    zhHant: '組織生活與制度',
    en: 'Organisational life and institutions',
    color: '#f76b15',
  },
  discipline: {
    id: 'discipline',
    zh: '纪律与作风',
    zhHant: '紀律與作風',
    en: 'Discipline and conduct',
    color: '#8e4ec6',
  },
  campaign: {
    id: 'campaign',
    zh: '学习教育活动',
    zhHant: '學習教育活動',
    en: 'Study campaigns',
    color: '#30a46c',
  },
  meeting: {
    id: 'meeting',
    zh: '会议与文件',
    zhHant: '會議與文件',
    en: 'Meetings and documents',
    color: '#0090ff',
  },
  organ: {
    id: 'organ',
    zh: '机关建设',
    zhHant: '機關建設',
    en: 'Building Party and state organs',
    color: '#12a594',
  },
  local: {
    id: 'local',
    zh: '地方与部门口号',
    zhHant: '地方與部門口號',
    en: 'Local and departmental slogans',
    color: '#d6409f',
  },
  idiom: {
    id: 'idiom',
    zh: '惯用比喻与成语',
    zhHant: '慣用比喻與成語',
    en: 'Stock metaphors and idioms',
    color: '#ad7f58',
  },
};

export function isCategoryId(value: string): value is CategoryId {
  return (CATEGORY_IDS as readonly string[]).includes(value);
}
