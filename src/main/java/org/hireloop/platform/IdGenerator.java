package org.hireloop.platform;

import java.util.UUID;

/** Makes the ids of new rows: UUIDv7, time ordered, so that new rows land at the end of indexes. */
public interface IdGenerator {

    UUID newId();
}
