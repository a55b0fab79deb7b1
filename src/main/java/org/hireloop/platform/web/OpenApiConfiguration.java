package org.hireloop.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.hireloop.platform.Action;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 document: every operation gets the problem responses the platform can answer
 * and, outside {@code /api/v1/public/}, the bearer token requirement, so the document states the
 * errors and auth of each endpoint without every controller repeating them.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String BEARER = "bearer";
    private static final String PROBLEM = "Problem";

    @Bean
    OpenAPI hireloopOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Hireloop API")
                        .version("v1")
                        .description("Job board and applicant tracking system. Errors are RFC 9457 problems; "
                                + "lists use cursor pagination; POST accepts Idempotency-Key; "
                                + "PATCH and DELETE need If-Match with the resource's ETag.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An API token: Authorization: Bearer hl_..."))
                        .addSchemas(PROBLEM, problemSchema()));
    }

    /** Each operation names its action (x-action), the key of the permission table. */
    @Bean
    OperationCustomizer actionExtension() {
        return (operation, handler) -> {
            Action action = handler.getMethodAnnotation(Action.class);
            if (action != null) {
                operation.addExtension("x-action", action.value());
                String permission = "Permission: " + action.value() + " (see docs/permissions.md).";
                operation.setDescription(
                        operation.getDescription() == null
                                ? permission
                                : operation.getDescription() + "\n\n" + permission);
            }
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer problemsAndSecurity() {
        return openApi -> openApi.getPaths().forEach((path, item) -> {
            boolean isPublic = path.startsWith("/api/v1/public/");
            item.readOperationsMap().forEach((method, operation) -> document(path, method, operation, isPublic));
        });
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation, boolean isPublic) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        responses.keySet().removeIf(code -> code.startsWith("4") || code.startsWith("5"));
        add(responses, "400", "Invalid request: the errors name each wrong field or parameter");
        if (!isPublic) {
            operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
            add(responses, "401", "No valid API token");
            add(responses, "403", "The caller's role may not perform this action");
        } else {
            operation.setSecurity(List.of());
        }
        if (path.contains("{")) {
            add(responses, "404", "Not found, or it belongs to another organization");
        }
        switch (method) {
            case POST -> {
                add(responses, "409", "The resource's state does not allow this, or the Idempotency-Key is in use");
                add(responses, "413", "Body over the limit (1 MiB, uploads 10 MiB)");
                add(responses, "422", "Content cannot be processed, or the Idempotency-Key was used with another body");
            }
            case PATCH, PUT, DELETE -> {
                add(responses, "409", "The resource's state does not allow this");
                add(responses, "412", "If-Match does not name the current ETag");
                add(responses, "428", "If-Match is missing");
                if (method != PathItem.HttpMethod.DELETE) {
                    add(responses, "413", "Body over the limit (1 MiB)");
                }
            }
            default -> {}
        }
        add(responses, "500", "Failure on the server side; quote the trace_id");
        operation.setResponses(responses);
    }

    private static void add(ApiResponses responses, String code, String description) {
        responses.addApiResponse(
                code,
                new ApiResponse()
                        .description(description)
                        .content(new Content()
                                .addMediaType(
                                        "application/problem+json",
                                        new MediaType()
                                                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        Schema fieldError = new Schema<>()
                .type("object")
                .properties(Map.of("field", new Schema<>().type("string"), "message", new Schema<>().type("string")));
        return new Schema<>()
                .type("object")
                .description("RFC 9457 problem details")
                .properties(Map.of(
                        "type", new Schema<>().type("string"),
                        "title", new Schema<>().type("string"),
                        "status", new Schema<>().type("integer"),
                        "detail", new Schema<>().type("string"),
                        "instance", new Schema<>().type("string"),
                        "trace_id", new Schema<>().type("string"),
                        "errors", new Schema<>().type("array").items(fieldError)));
    }
}
