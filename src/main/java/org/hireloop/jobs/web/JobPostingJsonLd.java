package org.hireloop.jobs.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hireloop.identity.Organization;
import org.hireloop.jobs.Job;
import org.hireloop.jobs.JobDescription;
import org.hireloop.jobs.Location;
import org.hireloop.jobs.Salary;
import org.hireloop.jobs.format.JobDescriptionHtmlRenderer;
import org.jspecify.annotations.Nullable;

/**
 * A job as schema.org {@code JobPosting} JSON-LD, with the properties Google for Jobs requires
 * (title, description, datePosted, hiringOrganization, jobLocation or jobLocationType) and those
 * it recommends (validThrough, employmentType, baseSalary, identifier, applicantLocationRequirements),
 * plus skills, responsibilities, education and experience requirements.
 */
final class JobPostingJsonLd {

    private static final JobDescriptionHtmlRenderer html = new JobDescriptionHtmlRenderer();

    private JobPostingJsonLd() {}

    static Map<String, Object> of(Job job, Organization organization, Duration defaultValidity) {
        JobDescription d = job.description();
        Instant posted = job.publishedAt() != null ? job.publishedAt() : job.createdAt();
        Instant validThrough =
                job.facts().validThrough() != null ? job.facts().validThrough() : posted.plus(defaultValidity);
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org/");
        ld.put("@type", "JobPosting");
        ld.put("title", d.title());
        ld.put("description", html.render(d));
        ld.put(
                "identifier",
                Map.of(
                        "@type",
                        "PropertyValue",
                        "name",
                        organization.name(),
                        "value",
                        job.id().toString()));
        ld.put("datePosted", posted.atOffset(ZoneOffset.UTC).toLocalDate().toString());
        ld.put("validThrough", validThrough.toString());
        if (job.facts().employmentType() != null) {
            ld.put("employmentType", job.facts().employmentType().name());
        }
        ld.put("hiringOrganization", Map.of("@type", "Organization", "name", organization.name()));
        putLocation(ld, job.facts().location());
        if (d.salary() != null) {
            ld.put("baseSalary", baseSalary(d.salary()));
        }
        if (!d.skills().hard().isEmpty() || !d.skills().soft().isEmpty()) {
            List<String> skills = new ArrayList<>();
            d.skills().hard().forEach(s -> skills.add(s.name()));
            d.skills().soft().forEach(s -> skills.add(s.name()));
            ld.put("skills", skills);
        }
        List<String> responsibilities = new ArrayList<>(d.responsibilities().primary());
        responsibilities.addAll(d.responsibilities().secondary());
        if (!responsibilities.isEmpty()) {
            ld.put("responsibilities", responsibilities);
        }
        education(d.education()).ifPresent(e -> ld.put("educationRequirements", e));
        if (d.experience().minYears() != null) {
            ld.put(
                    "experienceRequirements",
                    Map.of(
                            "@type",
                            "OccupationalExperienceRequirements",
                            "monthsOfExperience",
                            d.experience().minYears() * 12));
        }
        if (!d.tags().isEmpty()) {
            ld.put("occupationalCategory", d.tags().get(0));
            ld.put("keywords", String.join(", ", d.tags()));
        }
        if (job.facts().department() != null) {
            ld.put("industry", job.facts().department());
        }
        return ld;
    }

    private static void putLocation(Map<String, Object> ld, Location location) {
        if (location.workplace() == Location.Workplace.REMOTE) {
            ld.put("jobLocationType", "TELECOMMUTE");
            if (location.country() != null) {
                ld.put("applicantLocationRequirements", Map.of("@type", "Country", "name", location.country()));
            }
            return;
        }
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        if (location.city() != null) {
            address.put("addressLocality", location.city());
        }
        if (location.country() != null) {
            address.put("addressCountry", location.country());
        }
        ld.put("jobLocation", Map.of("@type", "Place", "address", address));
    }

    private static Map<String, Object> baseSalary(Salary salary) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("@type", "QuantitativeValue");
        value.put("minValue", salary.min());
        value.put("maxValue", salary.max());
        value.put("unitText", salary.period().name());
        return Map.of("@type", "MonetaryAmount", "currency", salary.currency().getCurrencyCode(), "value", value);
    }

    /** Google's credential categories, read from the minimum education's wording. */
    private static java.util.Optional<Map<String, Object>> education(JobDescription.Education education) {
        if (education.minimum().isEmpty()) {
            return java.util.Optional.empty();
        }
        String text = String.join(" ", education.minimum());
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@type", "EducationalOccupationalCredential");
        @Nullable String category = credentialCategory(text.toLowerCase(Locale.ROOT));
        if (category != null) {
            credential.put("credentialCategory", category);
        }
        credential.put("description", text);
        return java.util.Optional.of(credential);
    }

    private static @Nullable String credentialCategory(String text) {
        if (text.contains("ph.d") || text.contains("phd") || text.contains("doctor") || text.contains("master")) {
            return "postgraduate degree";
        }
        if (text.contains("bachelor")) {
            return "bachelor degree";
        }
        if (text.contains("associate")) {
            return "associate degree";
        }
        if (text.contains("high school") || text.contains("secondary")) {
            return "high school";
        }
        if (text.contains("certificat")) {
            return "professional certificate";
        }
        return null;
    }
}
