package org.hireloop.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the action an API operation performs, for example "jobs.publish". The permission table
 * (identity module) says which roles may perform each action, and the audit log records writes
 * under this name. An authenticated operation without an action is refused: new endpoints cannot
 * slip past the permission table.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Action {

    /** The request attribute under which the authorization layer leaves the action it checked. */
    String REQUEST_ATTRIBUTE = "org.hireloop.action";

    String value();
}
