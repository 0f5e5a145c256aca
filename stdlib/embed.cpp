// stdlib/embed.cpp — stdlibFiles (stdlib/embed.h): the embedded standard
// library's trees, read back from the table goro_astgen generated.
#include "stdlib/embed.h"

#include "grammar/ast_serial.h"

namespace goro {

bool stdlibFiles(const std::string& importPath, std::vector<ast::File*>& files, std::vector<ast::Diag>& errs) {
  bool found = false;
  for (const EmbeddedAst* e = embeddedAsts(); e->pkg; e++) {
    if (importPath != e->pkg) continue;
    found = true;
    if (ast::File* f = ast::deserializeFile(e->data, e->size, /*lazyBodies=*/true))
      files.push_back(f);
    else
      errs.push_back({"$GOROOT/src/" + importPath + "/" + e->name, {}, "goro: corrupt embedded syntax tree"});
  }
  return found;
}

}  // namespace goro
