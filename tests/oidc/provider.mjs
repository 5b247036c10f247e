// A real, certified OpenID Provider for the tests and for trying the real sign-in locally
// (`./run --oidc`): npm's oidc-provider, pinned in package.json. Its own login form (the
// development interactions) signs in the test users below, whose subjects are HSA-ids as in
// Swedish health and social care. Loopback only; the client secret is a test value.
//   node tests/oidc/provider.mjs PORT
import Provider from 'oidc-provider';

const port = Number(process.argv[2] ?? process.env.OIDC_PORT ?? 0);
if (!port) {
  console.error('usage: node tests/oidc/provider.mjs PORT');
  process.exit(2);
}

const issuer = `http://127.0.0.1:${port}`;
export const clientId = 'backabarnet-live';
export const clientSecret = 'test-client-secret-not-for-production';
export const audience = 'backabarnet-live';

// Test users: the directory decides who they are; the provider only vouches for the subject.
const users = {
  'SE2321000016-1001': 'Olivia Oidc',
  'SE2321000016-1002': 'Pelle Provider',
  'SE2321000016-1003': 'Hedda Holm',
  // The demo people of the access tables, so every case there also runs with this provider's tokens.
  'maria-forskola': 'Maria Holm',
  'sara-soc': 'Sara Nyström',
  // Known to the provider but deactivated in the directory by a test: the provider vouches, the directory refuses.
  'SE2321000016-1009': 'Lämnat Konto',
  // Citizens for the family's sign-in (Auth:CitizenOidc): the provider vouches for a personnummer, as a BankID broker does.
  'medborgare-1': 'Maja Medborgare',
  'medborgare-2': 'Okänd Medborgare',
};
const personnummer = { 'medborgare-1': '19850101-2382', 'medborgare-2': '19850101-2390' };

const page = (title, body) => `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${title}</title></head><body><main>${body}</main></body></html>`;

const configuration = {
  clients: [{
    client_id: clientId,
    client_secret: clientSecret,
    redirect_uris: ['http://127.0.0.1/auth/callback'],
    post_logout_redirect_uris: ['http://127.0.0.1/'],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
  }],
  async findAccount(_ctx, id) {
    if (!users[id]) return undefined;
    return { accountId: id, async claims() { return { sub: id, name: users[id], hsa_id: id, personnummer: personnummer[id] }; } };
  },
  claims: { openid: ['sub'], profile: ['name'], hsa: ['hsa_id'], personnummer: ['personnummer'] },
  scopes: ['openid', 'profile', 'hsa', 'personnummer', 'api'],
  // The scopes' claims go into the id token itself (as citizen e-identification brokers send the personnummer).
  conformIdTokenClaims: false,
  cookies: { keys: ['bb-test-oidc-cookie-key'] },
  pkce: { required: () => true },
  ttl: { AccessToken: 600, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600, AuthorizationCode: 60 },
  // First-party client: consent is implied, so the test users see the login form and nothing else.
  async loadExistingGrant(ctx) {
    const { client, session } = ctx.oidc;
    const existing = session.grantIdFor(client.clientId);
    if (existing) return ctx.oidc.provider.Grant.find(existing);
    const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
    grant.addOIDCScope('openid profile hsa personnummer');
    grant.addResourceScope(`urn:${audience}`, 'api');
    await grant.save();
    return grant;
  },
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: {
      enabled: true,
      logoutSource: async (ctx, form) => {
        ctx.body = page('Logga ut', `<h1>Logga ut</h1>${form}<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Ja, logga ut</button>`);
      },
      postLogoutSuccessSource: async (ctx) => { ctx.body = page('Utloggad', '<h1>Du är utloggad</h1>'); },
    },
    resourceIndicators: {
      enabled: true,
      defaultResource: async () => `urn:${audience}`,
      useGrantedResource: async () => true,
      getResourceServerInfo: async () => ({ scope: 'api', audience, accessTokenTTL: 600, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } }),
    },
  },
};

const provider = new Provider(issuer, configuration);
// The web nodes under test listen on free ports: any port on 127.0.0.1 is an allowed redirect.
const loopback = (value, path) => {
  try { const url = new URL(value); return url.protocol === 'http:' && url.hostname === '127.0.0.1' && (path === undefined || url.pathname === path); } catch { return false; }
};
provider.Client.prototype.redirectUriAllowed = function redirectUriAllowed(value) { return loopback(value, '/auth/callback') || loopback(value, '/auth/familj/callback'); };
provider.Client.prototype.postLogoutRedirectUriAllowed = function postLogoutRedirectUriAllowed(value) { return loopback(value); };

provider.listen(port, '127.0.0.1', () => console.log(`oidc-provider ready at ${issuer}`));
