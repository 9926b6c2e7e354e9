/** The shared layer's public surface: contract, domain types, errors and i18n. */
export * from './contract/api';
export * from './contract/channels';
export * from './contract/result';
export * from './domain/app-info';
export * from './domain/profile';
export * from './domain/profile-validation';
export * from './domain/provider';
export * from './domain/security-token';
export * from './domain/settings';
export * from './errors/app-error';
export * from './errors/error-codes';
export * from './errors/field-issue';
export * from './format/mask';
export * from './i18n/en';
export * from './i18n/locale';
export * from './i18n/translate';
export * from './i18n/zh-CN';
