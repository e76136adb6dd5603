process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'silent';

jest.setTimeout(10000);

afterEach(() => {
  jest.restoreAllMocks();
});
