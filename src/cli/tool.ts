/** The tool's name, version and home, as reports name it. */
import pkg from '../../package.json';

export const TOOL = {
  name: 'Airlock',
  version: pkg.version,
  informationUri: pkg.homepage,
};
