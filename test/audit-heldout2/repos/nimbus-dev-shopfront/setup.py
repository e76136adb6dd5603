from setuptools import find_packages, setup

with open('README.md', encoding='utf-8') as fh:
    long_description = fh.read()

setup(
    name='shopfront',
    version='0.1.1',
    description='Order management service',
    long_description=long_description,
    long_description_content_type='text/markdown',
    packages=find_packages(where='src', exclude=('tests',)),
    package_dir={'': 'src'},
    python_requires='>=3.9',
    install_requires=[
        'aiohttp>=3.9',
        'asyncpg>=0.29',
    ],
    extras_require={'dev': ['pytest>=7', 'ruff']},
    entry_points={'console_scripts': ['shopfront=shopfront.cli:main']},
)
