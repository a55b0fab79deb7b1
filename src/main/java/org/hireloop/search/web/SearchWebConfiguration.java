package org.hireloop.search.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The search endpoints' parameters come from {@link SearchParametersResolver}. */
@Configuration(proxyBeanMethods = false)
class SearchWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new SearchParametersResolver());
    }
}
