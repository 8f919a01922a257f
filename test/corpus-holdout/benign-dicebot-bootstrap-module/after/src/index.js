'use strict';

require('dotenv').config();
const { bootstrap } = require('./bootstrap');
const roll = require('./commands/roll');
const poll = require('./commands/poll');

bootstrap([roll, poll]);
