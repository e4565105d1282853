package org.asylon.app.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.asylon.core.engine.Engine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's title and version ({@code /api/openapi.json}, browsable at {@code /api/docs}). */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    OpenAPI asylonOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Asylon API")
                .version(Engine.version())
                .description("The public register of deployments and their assessments. Result objects follow the documented "
                        + "JSON shape of assessments (docs/json-output.md)."));
    }
}
