# Teaching mimetypes an extension it does not know, and a database of one's own.
import io
import mimetypes

print(mimetypes.guess_type("notes.taskscope"))
mimetypes.add_type("application/x-taskscope", ".taskscope")
print(mimetypes.guess_type("notes.taskscope"), mimetypes.guess_extension("application/x-taskscope"))
db = mimetypes.MimeTypes()
db.readfp(io.StringIO("# my types\ntext/x-recipe recipe rcp\n"))
print(db.guess_type("cake.recipe"), db.guess_all_extensions("text/x-recipe"))
print(db.guess_type("cake.rcp"), mimetypes.guess_type("cake.rcp"))
print(mimetypes.inited, ".html" in mimetypes.types_map, mimetypes.encodings_map[".gz"])
