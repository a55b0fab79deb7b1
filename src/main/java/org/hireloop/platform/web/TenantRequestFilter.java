package org.hireloop.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hireloop.platform.TenantContext;
import org.hireloop.platform.TenantPrincipal;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After authentication: the caller's organization becomes the request's {@link TenantContext}
 * (so every transaction of the request is bound to it) and the {@code org_id} of its log lines.
 */
class TenantRequestFilter extends OncePerRequestFilter {

    static final String ORG_ID = "org_id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof TenantPrincipal principal)) {
            chain.doFilter(request, response);
            return;
        }
        TenantContext.set(principal.orgId());
        MDC.put(ORG_ID, principal.orgId().toString());
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
            MDC.remove(ORG_ID);
        }
    }
}
