// Public entry of the article model: what extraction returns (Article, NotArticle) and the caps on its fields.
export { FIELD_CAPS, articleTooLarge, capArticle, capText } from './field-caps';
export type { Article, ArticleImage, ExtractOptions, ExtractionResult, NotArticle, NotArticleCode } from './types';
