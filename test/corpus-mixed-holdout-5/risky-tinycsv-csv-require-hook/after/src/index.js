"use strict";

const { parse } = require("./parse");
const { stringify } = require("./stringify");
require("./extensions");

module.exports = { parse, stringify };
