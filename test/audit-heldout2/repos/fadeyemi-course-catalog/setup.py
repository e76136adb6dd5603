from setuptools import find_packages, setup

with open('README.md', encoding='utf-8') as fh:
    long_description = fh.read()

setup(
    name='course-catalog',
    version='0.1.3',
    description='Course management service',
    long_description=long_description,
    long_description_content_type='text/markdown',
    packages=find_packages(exclude=('tests',)),
    python_requires='>=3.9',
    install_requires=[
        'aiohttp>=3.9',
        'asyncpg>=0.29',
    ],
    extras_require={'dev': ['pytest>=7', 'ruff']},
    entry_points={'console_scripts': ['course-catalog=course_catalog.cli:main']},
)
