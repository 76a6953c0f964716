package jp.esurety.systemtest.api;

import jp.esurety.local.StackEndpoints;

import java.lang.reflect.Method;

/**
 * The one local stack of this JVM, as {@code jp.esurety.systemtest.SharedStack} holds it (attach mode or started once).
 * That class is package-private in the parent package, so it is reached reflectively here rather than starting a
 * second stack; make {@code SharedStack.endpoints()} public and call it directly once that is done.
 */
final class Stack {

    private static StackEndpoints endpoints;

    private Stack() {
    }

    static synchronized StackEndpoints endpoints() {
        if (endpoints == null) {
            try {
                Method m = Class.forName("jp.esurety.systemtest.SharedStack").getDeclaredMethod("endpoints");
                m.setAccessible(true);
                endpoints = (StackEndpoints) m.invoke(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot reach the shared local stack", e);
            }
        }
        return endpoints;
    }
}
