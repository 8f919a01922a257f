import rule from '../../../src/core/rules/py/secret-logging';
import { ruleTester } from '../../ruleTester';

ruleTester(rule, {
  valid: [
    'import logging\nlogging.info("sent %d tokens", token_count)',
    'print(f"max_tokens={max_tokens}")',
    'logger.info("password reset requested for %s", user.email)',
    'logger.debug("tokenizer %s", tokenizer)',
    'log.info("secret rotated", extra={"secret_name": name})',
    // Not a logger; the value is a call result (a masked form, a length).
    'cache.info("token", token)',
    'logger.info("key %s", mask(api_key))',
    'print(len(password))',
  ],
  invalid: [
    {
      code: 'import logging\nlogger = logging.getLogger(__name__)\nlogger.debug(\n    "smtp %s as %s/%s",\n    settings.EMAIL_HOST,\n    settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD,\n)',
      errors: [
        {
          messageId: 'logged',
          line: 6,
          column: 31,
          severity: 'medium',
          category: 'secrets',
          message: '`settings.EMAIL_HOST_PASSWORD` is written to the log by `logger.debug`: the credential ends up wherever the logs go.',
        },
      ],
    },
    { code: 'print(f"using key {api_key} for {region}")', errors: [{ messageId: 'logged', line: 1, column: 20 }] },
    { code: 'import logging\nlogging.info("login failed for %s with %s", user, password)', errors: [{ messageId: 'logged', line: 2 }] },
    { code: 'self.logger.warning("refresh failed", extra={"token": self.access_token})', errors: [{ messageId: 'logged', line: 1 }] },
    { code: 'from loguru import logger\nlogger.info("db {}", settings.SECRET_KEY)', errors: [{ messageId: 'logged', line: 2 }] },
  ],
});
