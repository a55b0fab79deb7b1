@NullMarked
package org.hireloop.search.web;

import org.jspecify.annotations.NullMarked;
