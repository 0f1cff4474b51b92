// Test only (web-test-runner.config.mjs): a switch that makes the server look down for the app,
// so test/app/app.test.ts can check what the service worker serves without the network.
//   GET /test-server/app-offline?to=on|off   while "on", /demo/app/* and /dist/* answer 503
export function appOfflineSwitch() {
  let offline = false;
  return (context, next) => {
    if (context.path === '/test-server/app-offline') {
      offline = context.query.to === 'on';
      context.body = offline ? 'on' : 'off';
      return undefined;
    }
    if (offline && (context.path.startsWith('/demo/app/') || context.path.startsWith('/dist/'))) {
      context.status = 503;
      context.body = 'Service Unavailable (test: app offline)';
      return undefined;
    }
    return next();
  };
}
