using System;
using System.IO;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Formatters.Binary;
using System.Text.Json;
using System.Web.Script.Serialization;
using System.Web.UI;
using System.Xml.Serialization;
using Newtonsoft.Json;

namespace Sync.Service
{
    public class SnapshotStore
    {
        private readonly BinaryFormatter _formatter = new BinaryFormatter();

        public object Load(Stream stream)
        {
            // expect: CWE-502
            return _formatter.Deserialize(stream);
        }

        public object LoadInline(byte[] payload)
        {
            using var ms = new MemoryStream(payload);
            // expect: CWE-502
            return new BinaryFormatter().Deserialize(ms);
        }

        public object LoadViaInterface(Stream stream)
        {
            IFormatter formatter = new NetDataContractSerializer();
            // expect: CWE-502
            return formatter.Deserialize(stream);
        }

        public object LoadViewState(string state)
        {
            var los = new LosFormatter();
            // expect: CWE-502
            return los.Deserialize(state);
        }

        public Order LoadJson(Stream stream)
        {
            // ok: CWE-502
            return System.Text.Json.JsonSerializer.Deserialize<Order>(stream);
        }

        public Order LoadXml(Stream stream)
        {
            var serializer = new XmlSerializer(typeof(Order));
            // ok: CWE-502
            return (Order)serializer.Deserialize(stream);
        }

        public object LoadXmlAnyType(Stream stream, string typeName)
        {
            // expect: CWE-502
            var serializer = new XmlSerializer(Type.GetType(typeName));
            return serializer.Deserialize(stream);
        }

        public object LoadNewtonsoft(string json)
        {
            var settings = new JsonSerializerSettings
            {
                // expect: CWE-502
                TypeNameHandling = TypeNameHandling.All,
            };
            return JsonConvert.DeserializeObject(json, settings);
        }

        public object LoadNewtonsoftAuto(string json)
        {
            // expect: CWE-502
            return JsonConvert.DeserializeObject<object>(json, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.Auto });
        }

        public Order LoadNewtonsoftSafe(string json)
        {
            var settings = new JsonSerializerSettings
            {
                // ok: CWE-502
                TypeNameHandling = TypeNameHandling.None,
            };
            return JsonConvert.DeserializeObject<Order>(json, settings);
        }

        public object LoadNewtonsoftBound(string json)
        {
            var settings = new JsonSerializerSettings
            {
                // ok: CWE-502
                TypeNameHandling = TypeNameHandling.Objects,
                SerializationBinder = new KnownTypesBinder(typeof(Order), typeof(Refund)),
            };
            return JsonConvert.DeserializeObject(json, settings);
        }

        public object LoadLegacyJson(string json)
        {
            // expect: CWE-502
            var serializer = new JavaScriptSerializer(new SimpleTypeResolver());
            return serializer.DeserializeObject(json);
        }

        public T LoadLegacyJsonSafe<T>(string json)
        {
            var serializer = new JavaScriptSerializer();
            // ok: CWE-502
            return serializer.Deserialize<T>(json);
        }
    }
}
