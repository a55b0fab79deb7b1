package org.hireloop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Hireloop: a job board and an applicant tracking system in one service. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Hireloop {

    public static void main(String[] args) {
        SpringApplication.run(Hireloop.class, args);
    }
}
