export * from './money';
export * from './tax';
export * from './invoice';
export * from './numbering';
