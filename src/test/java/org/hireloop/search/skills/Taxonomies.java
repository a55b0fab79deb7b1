package org.hireloop.search.skills;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.hireloop.SharedFixtures;
import org.hireloop.jobs.JobDescription;
import org.hireloop.jobs.format.JobDescriptionParser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The taxonomy without a database, for tests of what needs none: recognition and extraction. */
final class Taxonomies {

    static final Path MEMBER_OF_TECHNICAL_STAFF = SharedFixtures.MEMBER_OF_TECHNICAL_STAFF;

    private Taxonomies() {}

    /** Curated skills only: discovered skills and organization aliases would need the database. */
    static CuratedSkillTaxonomy curated() {
        SimpleDriverDataSource nowhere = new SimpleDriverDataSource();
        JdbcClient jdbc = JdbcClient.create(nowhere);
        SkillCatalog catalog = new SkillCatalog(new DiscoveredSkills(jdbc, Clock.systemUTC()));
        OrganizationAliases organizations = new OrganizationAliases(
                new SkillAliasRepository(jdbc), catalog, new DataSourceTransactionManager(nowhere));
        return new CuratedSkillTaxonomy(catalog, organizations);
    }

    static JobDescription memberOfTechnicalStaff() throws IOException {
        return new JobDescriptionParser().parse(Files.readAllBytes(MEMBER_OF_TECHNICAL_STAFF));
    }
}
