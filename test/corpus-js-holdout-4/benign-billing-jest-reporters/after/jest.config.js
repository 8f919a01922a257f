module.exports = {
  testEnvironment: 'node',
  collectCoverage: true,
  collectCoverageFrom: ['src/**/*.js'],
  coverageReporters: ['text-summary', 'lcov'],
  reporters: ['default', ['jest-junit', { outputDirectory: 'reports' }]],
  coverageThreshold: {
    global: { branches: 92, functions: 95, lines: 95, statements: 95 },
  },
};
