#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

typedef int (*plugin_init_fn)(void);

int load_plugin(int argc, char **argv)
{
    char path[256];
    snprintf(path, sizeof path, "./plugins/%s.so", argv[1]);
    /* expect: CWE-94 */
    void *h = dlopen(path, RTLD_NOW);
    if (!h)
        return 1;
    plugin_init_fn init = (plugin_init_fn)dlsym(h, "plugin_init");
    return init ? init() : 1;
}

int load_from_env(void)
{
    /* expect: CWE-94 */
    void *h = dlopen(getenv("APP_PLUGIN"), RTLD_LAZY);
    return h != NULL;
}

int load_builtin(void)
{
    /* ok: CWE-94 */
    void *h = dlopen("/usr/lib/app/plugins/libaudit.so", RTLD_NOW);
    return h != NULL;
}

int load_named(const char *name)
{
    /* ok: CWE-94 */
    void *h = dlopen(name, RTLD_NOW);
    return h != NULL;
}
