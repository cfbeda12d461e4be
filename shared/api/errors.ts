/**
 * @deprecated Moved to `./problem` (the one problem type); this re-export lasts only while
 * `node/services/config/` still imports it from here. Import from `@shared/api/problem`.
 */
export * from './problem';
