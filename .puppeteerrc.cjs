/** Browsers come from Debian's packages (see .ci/run); never download one. */
module.exports = { skipDownload: true };
