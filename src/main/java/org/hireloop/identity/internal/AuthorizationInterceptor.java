package org.hireloop.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hireloop.identity.ApiPrincipal;
import org.hireloop.identity.Permissions;
import org.hireloop.platform.Action;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Applies the permission table, in one place for every module: an authenticated call runs only
 * when its operation names an {@link Action} and the caller's role may perform it. The action is
 * left on the request for the audit log.
 */
class AuthorizationInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Action action = method.getMethodAnnotation(Action.class);
        if (action != null) {
            request.setAttribute(Action.REQUEST_ATTRIBUTE, action.value());
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof ApiPrincipal caller)) {
            return true; // anonymous: the security rules let it reach public operations only
        }
        if (action == null || !Permissions.isKnown(action.value())) {
            throw new AccessDeniedException("the operation has no entry in the permission table");
        }
        if (!Permissions.allows(caller.role(), action.value())) {
            throw new AccessDeniedException("the role " + caller.role().dbValue() + " may not " + action.value());
        }
        if (!Permissions.allows(caller.role(), caller.scopes(), action.value())) {
            throw new AccessDeniedException(action.value() + " needs a token with the "
                    + Permissions.requiredScope(action.value()).dbValue() + " scope");
        }
        return true;
    }
}
