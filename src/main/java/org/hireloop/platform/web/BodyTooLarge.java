package org.hireloop.platform.web;

import java.io.IOException;
import java.util.List;
import org.hireloop.platform.ProblemException;
import org.springframework.util.unit.DataSize;

/** A request body over the limit: 413. */
final class BodyTooLarge extends ProblemException {

    BodyTooLarge(long limitBytes) {
        super(
                413,
                "payload-too-large",
                "Payload too large",
                "the request body is larger than " + describe(limitBytes) + "; send less",
                List.of());
    }

    private static String describe(long bytes) {
        DataSize size = DataSize.ofBytes(bytes);
        return size.toMegabytes() >= 1 ? size.toMegabytes() + " MiB" : size.toKilobytes() + " KiB";
    }

    /** Raised while a body is read, where only an IOException may pass; the handler maps it back. */
    static final class Signal extends IOException {
        final long limit;

        Signal(long limit) {
            super("request body over " + limit + " bytes");
            this.limit = limit;
        }
    }
}
