/**
 * electron-builder `beforePack` hook: a release build must carry the real
 * update feed. The URL in electron-builder.yml is a reserved `.example`
 * placeholder (it can never resolve), so a build that still has it would ship
 * installations that never update. Only development builds
 * (DEALER_DESK_DEV_BUILD=1, set by scripts/package-dir.mjs) may keep it.
 * CommonJS because electron-builder `require`s hooks.
 */
/* global URL, module */
'use strict';

/** Why this build's update feed is not fit for release, or null. */
function updateFeedProblem(publish, env) {
  if (env.DEALER_DESK_DEV_BUILD === '1') return null;
  const configs = Array.isArray(publish) ? publish : publish ? [publish] : [];
  const generic = configs.find((config) => config && config.provider === 'generic');
  if (!generic || typeof generic.url !== 'string') return 'the generic update feed (publish.url) is missing';
  let url;
  try {
    url = new URL(generic.url);
  } catch {
    return `the update feed ${generic.url} is not a valid address`;
  }
  if (url.protocol !== 'https:') return `the update feed ${generic.url} must be https://`;
  if (url.hostname === 'example' || url.hostname.endsWith('.example')) {
    return `the update feed is still the placeholder ${generic.url}: build with -c.publish.url=https://<your update server>/dealer-desk (DEALER_DESK_UPDATE_URL in the release workflow)`;
  }
  return null;
}

/** The hook: throws, which stops electron-builder, when the feed is not fit for release. */
async function requireUpdateFeed(context) {
  const problem = updateFeedProblem(context.packager.config.publish, process.env);
  if (problem) throw new Error(`Release build refused: ${problem}. Development builds set DEALER_DESK_DEV_BUILD=1.`);
}

module.exports = requireUpdateFeed;
module.exports.default = requireUpdateFeed;
module.exports.updateFeedProblem = updateFeedProblem;
