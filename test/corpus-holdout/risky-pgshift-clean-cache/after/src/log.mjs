const useColor = process.stdout.isTTY && !process.env.NO_COLOR;

const paint = (code) => (text) => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text);

const green = paint(32);
const red = paint(31);
const yellow = paint(33);
const dim = paint(2);

export const log = {
  info(message) {
    console.log(`${dim('›')} ${message}`);
  },
  success(message) {
    console.log(`${green('✔')} ${message}`);
  },
  warn(message) {
    console.warn(`${yellow('!')} ${message}`);
  },
  error(message) {
    console.error(`${red('✖')} ${message}`);
  },
};

export const colors = { green, red, yellow, dim };
