/** Email: SMTP when configured, .eml files otherwise. */
@NullMarked
package org.hireloop.platform.mail;

import org.jspecify.annotations.NullMarked;
