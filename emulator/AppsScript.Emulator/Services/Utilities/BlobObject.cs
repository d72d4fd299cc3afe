using System.Linq;
using System.Text;
using AppsScript.Emulator.Interop;
using Jint.Native;

using Jint.Runtime;

namespace AppsScript.Emulator.Services.Utilities;

/// <summary>A <c>Blob</c>: bytes with a content type and a name (<c>Utilities.newBlob</c>, <c>HTTPResponse.getBlob</c>).</summary>
internal sealed class BlobObject : HostObject
{
    public BlobObject(JsHost host, byte[] bytes, string? contentType, string? name)
        : base(host, "Blob")
    {
        Bytes = bytes;
        ContentType = contentType;
        Name = name;
        Method("getBytes", 0, _ => host.SignedBytes(Bytes));
        Method("setBytes", 1, arguments =>
        {
            Bytes = arguments.At(0).AsBytes();
            return this;
        });
        Method("getDataAsString", 0, arguments => Charsets.Find(arguments.At(0).AsOptionalText()).GetString(Bytes));
        Method("setDataFromString", 1, arguments =>
        {
            Bytes = Charsets.Find(arguments.At(1).AsOptionalText()).GetBytes(arguments.At(0).AsText());
            return this;
        });
        Method("getContentType", 0, _ => host.String(ContentType));
        Method("setContentType", 1, arguments =>
        {
            ContentType = arguments.At(0).AsOptionalText();
            return this;
        });
        Method("getName", 0, _ => host.String(Name));
        Method("setName", 1, arguments =>
        {
            Name = arguments.At(0).AsText();
            return this;
        });
        Method("copyBlob", 0, _ => new BlobObject(host, Bytes.ToArray(), ContentType, Name));
        Method("getBlob", 0, _ => this);
        Method("isGoogleType", 0, _ => JsBoolean.False);
    }

    public byte[] Bytes { get; private set; }

    public string? ContentType { get; private set; }

    public string? Name { get; private set; }
}
