package io.enrollment.central.http;

import com.sun.net.httpserver.HttpExchange;

/** Adds channel-specific headers (the X-Road ones) to a response just before it is sent. */
@FunctionalInterface
public interface ResponseDecorator {
    ResponseDecorator NONE = (ex, status) -> { };

    void decorate(HttpExchange exchange, int status);
}
