package org.hireloop.search.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads {@link SearchParameters.Raw} straight from the query string: each component from the
 * parameter of its name ({@link BindParam} where the API's name differs), a list from every value
 * given, a single value from its values joined by commas, as Spring's binding does. Spring's
 * binding of a record looked up the annotations of every constructor parameter on every request,
 * which the JDK parses afresh each time: 8% of the CPU of a search at 100,000 jobs. What is read
 * here is decided once.
 */
final class SearchParametersResolver implements HandlerMethodArgumentResolver {

    private record Component(String name, boolean list) {}

    private final Constructor<SearchParameters.Raw> constructor;
    private final List<Component> components;

    SearchParametersResolver() {
        RecordComponent[] recordComponents = SearchParameters.Raw.class.getRecordComponents();
        try {
            this.constructor = SearchParameters.Raw.class.getDeclaredConstructor(Arrays.stream(recordComponents)
                    .map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record has its canonical constructor", e);
        }
        Parameter[] parameters = constructor.getParameters();
        List<Component> components = new ArrayList<>();
        for (int i = 0; i < recordComponents.length; i++) {
            components.add(component(recordComponents[i], parameters[i]));
        }
        this.components = List.copyOf(components);
    }

    /** {@link BindParam} applies to parameters only: a record passes it to its constructor's. */
    private static Component component(RecordComponent component, Parameter parameter) {
        BindParam bindParam = parameter.getAnnotation(BindParam.class);
        String name = bindParam != null ? bindParam.value() : component.getName();
        Type type = component.getGenericType();
        boolean list = component.getType() == List.class
                && type instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] == String.class;
        if (!list && component.getType() != String.class) {
            throw new IllegalStateException("query parameters are strings or lists of strings: " + component);
        }
        return new Component(name, list);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == SearchParameters.Raw.class;
    }

    @Override
    public SearchParameters.Raw resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer container,
            NativeWebRequest request,
            @Nullable WebDataBinderFactory binders) {
        Object[] values = new Object[components.size()];
        for (int i = 0; i < values.length; i++) {
            Component component = components.get(i);
            String[] given = request.getParameterValues(component.name());
            if (given != null) {
                values[i] = component.list() ? List.of(given) : String.join(",", given);
            }
        }
        try {
            return constructor.newInstance(values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot make the search parameters", e);
        }
    }
}
