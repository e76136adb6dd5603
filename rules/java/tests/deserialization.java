package com.example.sync;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import com.thoughtworks.xstream.XStream;
import java.beans.XMLDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Map;
import javax.json.Json;
import javax.json.JsonObject;
import javax.json.JsonReader;
import javax.servlet.http.HttpServletRequest;
import org.apache.commons.lang3.SerializationUtils;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

public class SyncEndpoint {

    private final Yaml yaml = new Yaml();
    private final Yaml safeYaml = new Yaml(new SafeConstructor(new LoaderOptions()));

    public Object receive(HttpServletRequest request) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(request.getInputStream())) {
            // expect: CWE-502
            return in.readObject();
        }
    }

    public Object fromBytes(byte[] payload) throws IOException, ClassNotFoundException {
        // expect: CWE-502
        return new ObjectInputStream(new ByteArrayInputStream(payload)).readObject();
    }

    public Object receiveFiltered(InputStream body) throws IOException, ClassNotFoundException {
        ObjectInputStream in = new ObjectInputStream(body);
        in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.example.sync.dto.*;java.base/*;!*"));
        // ok: CWE-502
        return in.readObject();
    }

    public JsonObject receiveJson(InputStream body) {
        try (JsonReader reader = Json.createReader(body)) {
            // ok: CWE-502
            return reader.readObject();
        }
    }

    public Object restoreSession(byte[] blob) {
        // expect: CWE-502
        return SerializationUtils.deserialize(blob);
    }

    public Object importBeans(InputStream xml) {
        XMLDecoder decoder = new XMLDecoder(xml);
        // expect: CWE-502
        return decoder.readObject();
    }

    public XMLDecoder openDecoder(InputStream xml) {
        // expect: CWE-502
        return new XMLDecoder(xml, null, null, getClass().getClassLoader());
    }

    public Object importLegacy(String xml) {
        XStream xstream = new XStream();
        // expect: CWE-502
        return xstream.fromXML(xml);
    }

    public Map<String, Object> loadConfig(InputStream in) {
        // expect: CWE-502
        return yaml.load(in);
    }

    public Object loadInline(String text) {
        // expect: CWE-502
        return new Yaml().load(text);
    }

    public Map<String, Object> loadConfigSafe(InputStream in) {
        // ok: CWE-502
        return safeYaml.load(in);
    }

    public Object loadInlineSafe(String text) {
        // ok: CWE-502
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    public ObjectMapper legacyMapper() {
        ObjectMapper mapper = new ObjectMapper();
        // expect: CWE-502
        mapper.enableDefaultTyping();
        return mapper;
    }

    public ObjectMapper permissiveMapper() {
        ObjectMapper mapper = new ObjectMapper();
        // expect: CWE-502
        mapper.activateDefaultTyping(LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.NON_FINAL);
        return mapper;
    }

    public ObjectMapper restrictedMapper() {
        BasicPolymorphicTypeValidator ptv = BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("com.example.sync.dto.")
                .build();
        // ok: CWE-502
        return JsonMapper.builder().activateDefaultTyping(ptv, ObjectMapper.DefaultTyping.NON_FINAL).build();
    }

    static class Envelope implements Serializable {
        // expect: CWE-502
        @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS, include = JsonTypeInfo.As.PROPERTY)
        Object payload;

        // ok: CWE-502
        @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
        Object typedPayload;

        private transient Map<String, Object> cache;

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            // ok: CWE-502
            in.defaultReadObject();
            cache = Map.of();
        }

        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
        }
    }
}

class HardenedImporter {
    private final XStream xstream = new XStream();

    HardenedImporter() {
        xstream.allowTypes(new Class[] {Order.class, LineItem.class});
    }

    Order importOrder(String xml) {
        // ok: CWE-502
        return (Order) xstream.fromXML(xml);
    }
}
