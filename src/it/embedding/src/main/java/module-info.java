/**
 * The embedding application as a named module: it reads Accord's module and nothing else of
 * it, so it compiles only against the packages dev.accord exports. Its pack lives in
 * packs/nato-afghanistan, a folder no package can be named after (the hyphen), so the library
 * finds it without this module opening anything; a pack in, say, packs/orders would need
 * {@code opens packs.orders;} here (see docs/java-api.md).
 */
module example.embedding {
    requires dev.accord;
}
