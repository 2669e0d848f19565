package io.enrollment.central.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Optional;

/** The direct channel: {@code /v1/KIND/ID[/receipt]}. */
public final class DirectHandler implements HttpHandler {
    private final UploadHandler uploads;

    public DirectHandler(UploadHandler uploads) {
        this.uploads = uploads;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        Optional<ItemRef> ref = ItemRef.parse(ex.getRequestURI().getPath());
        if (ref.isEmpty()) {
            Replies.drain(ex.getRequestBody(), 1 << 20);
            Replies.error(ex, 404, "not-found", "not a protocol path: expected /v1/packages|events/UUID[/receipt]"
                    + " with a lower-case UUID", ResponseDecorator.NONE);
            return;
        }
        uploads.handle(ex, ref.get(), ResponseDecorator.NONE);
    }
}
