package org.hireloop.platform;

import java.util.Objects;
import java.util.UUID;

/** The organization (tenant) every tenant-owned row and every request belongs to. */
public record OrgId(UUID value) {
    public OrgId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
