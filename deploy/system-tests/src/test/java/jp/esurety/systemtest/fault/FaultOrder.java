package jp.esurety.systemtest.fault;

import org.junit.jupiter.api.Order;

/**
 * The fault scenarios run after every other test class of the module, in this order: failsafe sets
 * {@code junit.jupiter.testclass.order.default} to {@code ClassOrderer$OrderAnnotation}, under which a class without
 * {@link Order} has {@link Order#DEFAULT}. They break the shared stack on purpose, so nothing may run after them
 * that did not expect it.
 */
final class FaultOrder {

    static final int MALFORMED_EVENTS = Order.DEFAULT + 100;
    static final int SMTP_OUTAGE = Order.DEFAULT + 200;
    static final int KAFKA_OUTAGE = Order.DEFAULT + 300;
    static final int SERVICE_CRASH = Order.DEFAULT + 400;

    private FaultOrder() {
    }
}
