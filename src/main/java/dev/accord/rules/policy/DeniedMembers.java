package dev.accord.rules.policy;

import java.util.Set;

/**
 * Method and property names refused on any receiver under a checking policy. The allow-list of
 * types is the real defence; these close the ways out of an allowed object that need no type
 * name at all ({@code $fact.getClass()}, MVEL's {@code $fact.class.classLoader}) and the engine
 * handles an action could reach.
 */
final class DeniedMembers {

    static final Set<String> METHODS = Set.of(
            "getClass", "getClassLoader", "getDeclaringClass", "getEnclosingClass", "forName", "loadClass",
            "defineClass", "newInstance", "invoke", "invokeExact", "getMethod", "getMethods", "getDeclaredMethod",
            "getDeclaredMethods", "getField", "getFields", "getDeclaredField", "getDeclaredFields",
            "getConstructor", "getDeclaredConstructor", "setAccessible", "getRuntime", "exec", "exit", "halt",
            "wait", "notify", "notifyAll", "finalize", "getKieRuntime", "getKieBase", "getKnowledgeRuntime",
            "getWorkingMemory", "getKieSession", "getSession", "getEntryPoint", "getEntryPoints", "getChannels",
            "getGlobals", "getGlobal", "setGlobal", "getRuleUnit", "getFactHandle");

    /** MVEL reads {@code a.b} as {@code a.getB()}. */
    static final Set<String> PROPERTIES = Set.of(
            "class", "classLoader", "declaringClass", "enclosingClass", "runtime", "kieRuntime", "kieBase",
            "knowledgeRuntime", "workingMemory", "kieSession", "session", "entryPoint", "entryPoints",
            "channels", "globals", "ruleUnit");

    /** Static methods of allowed classes that read the process's environment. */
    static final Set<String> STATIC_METHODS = Set.of("getInteger", "getLong", "getBoolean");

    private DeniedMembers() {
    }
}
