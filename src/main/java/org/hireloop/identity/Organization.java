package org.hireloop.identity;

import org.hireloop.platform.OrgId;

/** An organization (tenant): its id, the slug of its public job board, and its display name. */
public record Organization(OrgId id, String slug, String name) {}
