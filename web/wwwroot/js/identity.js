// Who is signed in, and signing in and out: the ONE module the pages ask. The session is the
// browser's HttpOnly cookie (OpenID Connect, or the dev sign-in in development); see session.js.
export {
  currentUser, devProfessionals, devSignIn, hasRole, isPractitioner, requireSignIn, roleLabel, sessionInfo, signInWithProvider, signOut, startIdleWatch,
} from './session.js';
