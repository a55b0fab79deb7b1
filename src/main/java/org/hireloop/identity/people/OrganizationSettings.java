package org.hireloop.identity.people;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import org.hireloop.platform.EntityTag;
import org.hireloop.platform.OrgId;
import org.hireloop.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The settings owners and admins manage: name, logo, time zone, data retention and whether
 * members must use a second factor, changed with a
 * JSON merge patch under If-Match. (Whether the organization requires multi-factor sign-in
 * belongs to the sign-in work.)
 */
@Service
public class OrganizationSettings {

    private final OrganizationRows organizations;
    private final JsonMapper json;

    OrganizationSettings(OrganizationRows organizations, JsonMapper json) {
        this.organizations = organizations;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public OrganizationProfile get(OrgId org) {
        return organizations
                .findLive(org)
                .orElseThrow(() -> new ProblemException.ResourceNotFound("no organization " + org));
    }

    /** Applies a merge patch: {@code null} resets logo_url and retention_days, and time_zone to UTC. */
    @Transactional
    public OrganizationProfile update(OrgId org, @Nullable String ifMatch, byte[] patch) {
        OrganizationProfile current = get(org);
        EntityTag.requireMatch(ifMatch, current.version());
        OrganizationProfile changed = apply(current, read(patch));
        if (!organizations.update(changed)) {
            throw new ProblemException.PreconditionFailed("the organization changed meanwhile; read it again");
        }
        return get(org);
    }

    private JsonNode read(byte[] patch) {
        JsonNode node;
        try {
            node = json.readTree(patch);
        } catch (JacksonException e) {
            throw new ProblemException.InvalidRequest("body", "is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new ProblemException.InvalidRequest(
                    "body", "a merge patch of the organization must be a JSON object");
        }
        return node;
    }

    private static OrganizationProfile apply(OrganizationProfile current, JsonNode patch) {
        String name = current.name();
        String logoUrl = current.logoUrl();
        String timeZone = current.timeZone();
        Integer retentionDays = current.retentionDays();
        boolean requireMfa = current.requireMfa();
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "name" -> name = NewPerson.text(value.isString() ? value.asString() : null, "name", 200);
                case "logo_url" -> logoUrl = value.isNull() ? null : logoUrl(value);
                case "time_zone" -> timeZone = value.isNull() ? "UTC" : timeZone(value);
                case "retention_days" -> retentionDays = value.isNull() ? null : retentionDays(value);
                case "require_mfa" -> {
                    if (!value.isBoolean()) {
                        throw new ProblemException.InvalidRequest("require_mfa", "must be true or false");
                    }
                    requireMfa = value.asBoolean();
                }
                default ->
                    throw new ProblemException.InvalidRequest(
                            field.getKey(),
                            "is not a setting; use name, logo_url, time_zone, retention_days or require_mfa");
            }
        }
        return new OrganizationProfile(
                current.id(),
                current.slug(),
                name,
                logoUrl,
                timeZone,
                retentionDays,
                requireMfa,
                current.createdAt(),
                current.version());
    }

    private static String logoUrl(JsonNode value) {
        String text = value.isString() ? value.asString().strip() : "";
        try {
            URI uri = new URI(text);
            if (text.length() <= 2000
                    && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null) {
                return text;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new ProblemException.InvalidRequest("logo_url", "must be an http or https address");
    }

    private static String timeZone(JsonNode value) {
        return NewPerson.timeZone(value.isString() ? value.asString() : "", "time_zone");
    }

    private static int retentionDays(JsonNode value) {
        if (!value.isIntegralNumber() || value.asLong() < 1 || value.asLong() > 36500) {
            throw new ProblemException.InvalidRequest("retention_days", "must be a whole number of days, 1 to 36500");
        }
        return value.asInt();
    }
}
