/**
 * The edit loop of {@code accord watch} and the server's live updates: re-checks a pack and
 * re-runs its fact sets or scenarios on every save. Internal: no part of the API, not exported.
 */
package dev.accord.watch;
