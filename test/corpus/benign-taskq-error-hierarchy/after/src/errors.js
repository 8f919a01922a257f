'use strict';

class TaskqError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = new.target.name;
    // Keep `instanceof` working when transpiled to ES5 by downstream bundlers.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

class UnknownJobTypeError extends TaskqError {
  constructor(jobType) {
    super(`no handler defined for job type "${jobType}"`);
    this.jobType = jobType;
  }
}

class JobFailedError extends TaskqError {
  constructor(job, attempts, cause) {
    super(`job ${job.id} (${job.name}) failed after ${attempts} attempt(s): ${cause && cause.message}`, { cause });
    this.jobId = job.id;
    this.jobName = job.name;
    this.attempts = attempts;
  }
}

function isTaskqError(err) {
  return err instanceof TaskqError;
}

module.exports = { TaskqError, UnknownJobTypeError, JobFailedError, isTaskqError };
